/* Parse-only floor for bench/bench.py: parses each file named on the command line
 * (or one path per line on stdin with "-") with the tree-sitter-python grammar that
 * heaplint vendors (Sources/TreeSitterPython/src) and the system libtree-sitter, then
 * frees the tree. No decoding, no lowering, no rules. Prints "files bytes error_trees". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tree_sitter/api.h>

const TSLanguage *tree_sitter_python(void);

static char *slurp(const char *path, long *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    *len = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc(*len + 1);
    if (buf && fread(buf, 1, *len, f) != (size_t)*len) { free(buf); buf = NULL; }
    fclose(f);
    return buf;
}

static long files, bytes, errors;

static void parse_one(TSParser *p, const char *path) {
    long len = 0;
    char *src = slurp(path, &len);
    if (!src) { fprintf(stderr, "tsparse: cannot read %s\n", path); return; }
    TSTree *t = ts_parser_parse_string(p, NULL, src, (uint32_t)len);
    if (t) {
        if (ts_node_has_error(ts_tree_root_node(t))) errors++;
        ts_tree_delete(t);
    }
    ts_parser_reset(p);
    files++;
    bytes += len;
    free(src);
}

int main(int argc, char **argv) {
    TSParser *p = ts_parser_new();
    if (!ts_parser_set_language(p, tree_sitter_python())) { fprintf(stderr, "tsparse: language ABI mismatch\n"); return 2; }
    if (argc == 2 && strcmp(argv[1], "-") == 0) {
        char line[8192];
        while (fgets(line, sizeof line, stdin)) {
            line[strcspn(line, "\n")] = 0;
            if (*line) parse_one(p, line);
        }
    } else {
        for (int i = 1; i < argc; i++) parse_one(p, argv[i]);
    }
    ts_parser_delete(p);
    printf("%ld %ld %ld\n", files, bytes, errors);
    return 0;
}
