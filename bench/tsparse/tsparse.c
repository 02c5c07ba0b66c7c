/* Parse-only floor for bench/bench.py: parses each file named on the command line
 * (or one path per line on stdin with "-") with the tree-sitter-python grammar that
 * heaplint vendors (Sources/TreeSitterPython/src) and the system libtree-sitter, then
 * frees the tree. No decoding, no lowering, no rules. Prints "files bytes error_trees".
 * `-j N` (first argument) parses with N threads, one parser each, taking files from a
 * shared index in order, as heaplint's workers do: the floor for its default-threads run. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
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
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;

static void parse_one(TSParser *p, const char *path) {
    long len = 0;
    char *src = slurp(path, &len);
    if (!src) { fprintf(stderr, "tsparse: cannot read %s\n", path); return; }
    TSTree *t = ts_parser_parse_string(p, NULL, src, (uint32_t)len);
    int err = 0;
    if (t) {
        err = ts_node_has_error(ts_tree_root_node(t));
        ts_tree_delete(t);
    }
    ts_parser_reset(p);
    pthread_mutex_lock(&mu);
    errors += err;
    files++;
    bytes += len;
    pthread_mutex_unlock(&mu);
    free(src);
}

static char **paths;
static long npaths, next_path;

static void *worker(void *arg) {
    (void)arg;
    TSParser *p = ts_parser_new();
    ts_parser_set_language(p, tree_sitter_python());
    for (;;) {
        pthread_mutex_lock(&mu);
        long i = next_path++;
        pthread_mutex_unlock(&mu);
        if (i >= npaths) break;
        parse_one(p, paths[i]);
    }
    ts_parser_delete(p);
    return NULL;
}

int main(int argc, char **argv) {
    TSParser *p = ts_parser_new();
    if (!ts_parser_set_language(p, tree_sitter_python())) { fprintf(stderr, "tsparse: language ABI mismatch\n"); return 2; }
    if (argc >= 3 && strcmp(argv[1], "-j") == 0) {
        int n = atoi(argv[2]);
        if (n < 1) n = 1;
        paths = argv + 3;
        npaths = argc - 3;
        pthread_t *th = calloc(n, sizeof *th);
        for (int i = 0; i < n; i++) pthread_create(&th[i], NULL, worker, NULL);
        for (int i = 0; i < n; i++) pthread_join(th[i], NULL);
        free(th);
    } else if (argc == 2 && strcmp(argv[1], "-") == 0) {
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
