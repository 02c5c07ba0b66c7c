#ifndef TREE_SITTER_PYTHON_H
#define TREE_SITTER_PYTHON_H

typedef struct TSLanguage TSLanguage;

/// The tree-sitter-python grammar (parser.c and scanner.c are fetched by scripts/bootstrap.sh).
const TSLanguage *tree_sitter_python(void);

#endif
