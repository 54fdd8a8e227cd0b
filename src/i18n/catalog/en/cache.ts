/** What the caches in .desk/ tell a person when they were built again (store/cache). */
export const cache = {
  otherBuild: 'the ticket index in .desk/ was made by another build of desk: building it again from the files',
  damaged:
    'the ticket index in .desk/ was damaged{why, select, none {} other { ({why})}}: building it again from the files',
  manifestSeal: 'the manifest of tickets/{shard}/ does not match its seal',
  columnChanged: 'the {column} of {id} is not as its manifest recorded',
  rowsMissing: '{count, plural, one {# row is} other {# rows are}} missing',
};
