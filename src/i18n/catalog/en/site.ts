/** What keeps an article out of the help center (`desk kb publish`, kb/help-center/). */
export const site = {
  imageNotPath: 'image {href} is not a valid path (a % not followed by two hex digits)',
  imageElsewhere: 'image {href} is not a file of the knowledge base; the help center loads nothing from other sites',
  imageOutside: 'image {href} must be a path inside kb/, like images/screen.png',
  inArticle: '{file}: {problem}',
  skipped: 'skipped {file}: {field}: {line, select, none {} other {line {line}: }}{message}',
};
