/** Options of the work-session commands added with the yes/no question. */
export const helpSessions = {
  stopYes: 'with --discard: drop it without asking at the terminal',
};
