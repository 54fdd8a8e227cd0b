/** Work sessions: desk start, stop and status. */
export const sessions = {
  running: '{staff} has a work session running{ticket, select, none {} other { on {ticket} since {since}}}',
  runningHint: 'stop it first with desk stop (or drop it with desk stop --discard)',
  started: '{ticket}: work session started at {at}; desk stop logs the time',
  dropped: 'Work session dropped; nothing logged.',
  nothingToDrop: '{staff} has no work session running; nothing to drop.',
  noneRunning: '{staff} has no work session running',
  noneRunningHint: 'start one with desk start ID, or log time directly with desk log ID DURATION',
  underAMinute: '{ticket}: the session lasted less than a minute; nothing logged',
  logged: '{ticket}: logged {duration} {activity} on {on} [{entry}]',
  forgotten:
    'This session looks forgotten: started {on}, it ran {ran}; {pastMidnight, select, yes {it ran past midnight} other {it ran longer than the {cap} cap}}, so {logged} were logged, marked for review.',
  correctIt:
    'If you know the real time, correct it: desk log {ticket} DURATION --replace {entry} (next time: desk stop --duration DURATION)',
  noSession: 'No work session running for {name} ({staff}).',
  since:
    '{ticket}: work session since {at} ({ran}){activity, select, none {} other {, {activity}}}{note, select, none {} other { — {note}}}',
  looksForgotten: 'Looks forgotten: {logged} would be logged if stopped now (cap {cap}).',
  stopWithRealTime: 'Stop it with the real time: desk stop --duration DURATION',
  stopLogs: 'desk stop logs it.',
  askRealTime: 'This session looks forgotten (it ran {ran}). How long did you really work? (Enter keeps {logged})',
  discardAsk: 'Drop the work session on {ticket} since {since}? Its time is not logged.',
  discardKept: 'The work session keeps running; nothing dropped.',
};
