/**
 * The completion scripts `desk completion SHELL` prints. Each is a thin shim: on Tab it hands
 * the words of the line to `desk __complete SHELL -- WORDS…`, which reads the command table and
 * the helpdesk and prints one offer a line (`value<TAB>description` for the shells that show
 * descriptions), or `:files` / `:directories` to let the shell complete file names itself. The
 * offers come in desk's order (open tickets first), so each script tells its shell not to sort.
 */
import { forTerminalLine } from '../../core/safe-text/index.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

const BASH = `# desk completion for bash. Load it in ~/.bashrc:  source <(desk completion bash)
_desk() {
  local cur=\${COMP_WORDS[COMP_CWORD]} reply
  reply=$(desk __complete bash -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null) || return 0
  case $reply in
    :files) compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return 0 ;;
    :directories) compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -d -- "$cur"); return 0 ;;
  esac
  COMPREPLY=()
  [[ -n $reply ]] && mapfile -t COMPREPLY <<<"$reply"
  return 0
}
complete -o nosort -F _desk desk 2>/dev/null || complete -F _desk desk
`;

const ZSH = `#compdef desk
# desk completion for zsh. Load it in ~/.zshrc (after compinit):  source <(desk completion zsh)
_desk() {
  local reply
  local -a offers
  reply=$("\${_desk_command[@]}" __complete zsh -- "\${(@)words[2,CURRENT]}" 2>/dev/null) || return 1
  case $reply in
    :files) _files; return ;;
    :directories) _files -/; return ;;
  esac
  offers=("\${(@f)reply}")
  (( \${#offers} )) || return 1
  _describe -V -t desk desk offers
}
# completion functions run without aliases: an alias desk=… is resolved once, here
typeset -ga _desk_command=(\${(z)\${aliases[desk]:-desk}})
if [[ "\${funcstack[1]}" = _desk ]]; then _desk "$@"; else compdef _desk desk; fi
`;

const FISH = `# desk completion for fish. Load it:  desk completion fish > ~/.config/fish/completions/desk.fish
function __desk_complete
    set -l words (commandline -opc) (commandline -ct)
    set -e words[1]
    set -l reply (desk __complete fish -- $words 2>/dev/null)
    switch "$reply[1]"
        case :files
            __fish_complete_path (commandline -ct)
        case :directories
            __fish_complete_directories (commandline -ct)
        case '*'
            printf '%s\\n' $reply
    end
end
complete -c desk -f -k -a '(__desk_complete)'
`;

export const SCRIPTS: Record<Shell, string> = { bash: BASH, zsh: ZSH, fish: FISH };

/** One offer as a line for `shell`: bash shows no descriptions; zsh's _describe splits at an unescaped colon. */
export function offerLine(shell: Shell, value: string, description: string | undefined): string {
  if (shell === 'bash') return value;
  // titles are customers' words: one line, nothing a terminal would act on
  const about = description && forTerminalLine(description).replace(/\s+/g, ' ').trim();
  if (!about) return shell === 'zsh' ? value.replace(/:/g, '\\:') : value;
  // zsh shows a description's backslashes as escapes: \x1b would lose its backslash
  return shell === 'zsh' ? `${value.replace(/:/g, '\\:')}:${about.replace(/\\/g, '\\\\')}` : `${value}\t${about}`;
}
