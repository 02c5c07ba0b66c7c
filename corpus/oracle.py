#!/usr/bin/env python3
"""The corpus oracle: checks every labelled corpus case against the real CPython.

Run: python3 corpus/oracle.py [-k SUBSTR] [--calls N] [--json] [--jobs J]

Each case runs in a fresh, isolated interpreter (`python3 -I -B`), in its own
temporary working directory (also its TMPDIR). The child imports the case
module, calls `scenario()` a few times to warm up, collects garbage, measures,
calls `scenario()` N times, measures, calls it N more times and measures
again. Growth between the N and the 2N point, divided by N, is the growth per
call; one-off warm-up work (imports, caches that fill once) does not count.

Measured at each point, after `gc.collect()`:
  - live gc-tracked objects   len(gc.get_objects())
  - traced bytes              tracemalloc current size
  - allocated blocks          sys.getallocatedblocks() (reported only)
  - open file descriptors     len(os.listdir('/proc/self/fd'))
(before each measurement the child also empties CPython's type attribute
cache, which holds attribute-name strings that C code creates per call)

A case "retains" when, per call, objects grow by >= 0.5, or fds by >= 0.5, or
traced bytes by >= 16 in the N..2N window *and* again in a further N..2N
window (bytes alone are noisier, so they must repeat).

If the module defines `probe()`, the child also disables the collector, calls
`probe()`, takes a weakref to the result, drops it and records whether it
survived reference counting, then runs `gc.collect()` and records whether it
survived the collector.

A case is one module, or a package folder `corpus/<CODE>-<name>/<case>/`
whose `main.py` defines `scenario()`: the child puts that folder first on
sys.path and imports `main`, and labels may sit in any module of the folder.

Labels (see corpus/README.md): `# expect: HLnnn confirmed|refuted|unknown`
in rule folders; `# retains: yes|no`, `# survives-refcount: yes|no`,
`# survives-gc: yes|no` in corpus/semantics/.

Exit status: 0 when every case passed, 1 otherwise.
Python 3.8+ standard library only.
"""
import argparse
import array
import ast
import concurrent.futures
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tokenize

CORPUS = os.path.dirname(os.path.abspath(__file__))
SEMANTICS = "semantics"

DEFAULT_CALLS = 50
WARMUP_CALLS = 3
TIMEOUT_SECONDS = 60

OBJECTS_PER_CALL = 0.5
FDS_PER_CALL = 0.5
BYTES_PER_CALL = 16.0

RESULT_MARKER = "@@heaplint-oracle@@"

# A package case is a folder holding this module; its scenario() (and probe()) live there.
PACKAGE_MAIN = "main"

RULE_DIR = re.compile(r"^(HL\d{3})-[a-z0-9]+(?:-[a-z0-9]+)*$")
EXPECT = re.compile(r"#\s*expect:\s*(.*?)\s*$")
EXPECT_BODY = re.compile(r"^(HL\d{3})\s+(confirmed|refuted|unknown)$")
ORACLE_CALLS = re.compile(r"#\s*oracle:\s*calls\s*=\s*(\S+)\s*$")
SEMANTIC_LABEL = re.compile(r"#\s*(retains|survives-refcount|survives-gc):\s*(.*?)\s*$")

# Rules whose confirmation is about what refcounting frees, not about growth:
# the collector reclaims these cycles on 3.4+, so they never show as growth.
PROBE_RULES = {"HL401"}


# --------------------------------------------------------------------------
# Child side: runs one case and prints one JSON result line.
# --------------------------------------------------------------------------

def _child(path, calls):
    import gc
    import importlib.util
    import tracemalloc
    import weakref

    result = {"error": None}
    # The result travels on a private copy of stdout; whatever the case prints goes
    # to /dev/null, so it can neither fake a result nor grow a pipe buffer.
    channel = os.fdopen(os.dup(1), "w")
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.close(devnull)

    # Measurements go into storage allocated before tracing starts, so that keeping
    # them adds nothing to the next measurement.
    keys = ("objects", "bytes", "blocks", "fds")
    slots = array.array("q", [0] * (len(keys) * 4))
    taken = [0]

    # CPython's type attribute cache (4096 slots) keeps a strong reference to each attribute
    # name it caches, and C code such as PyObject_CallMethod(obj, "incrementaldecoder") makes
    # a fresh name string per call: open() leaves one 67-byte string per call there until the
    # slots fill, a bounded interpreter cache whose fill rate depends on memory layout. It is
    # emptied before each measurement, as gc.collect() empties the free lists.
    clear_type_cache = (getattr(sys, "_clear_internal_caches", None)
                        or getattr(sys, "_clear_type_cache", None) or (lambda: None))

    def measure():
        clear_type_cache()
        gc.collect()
        base = taken[0] * len(keys)
        slots[base + 1] = tracemalloc.get_traced_memory()[0]
        slots[base + 2] = sys.getallocatedblocks()
        slots[base] = len(gc.get_objects())
        slots[base + 3] = len(os.listdir("/proc/self/fd"))
        taken[0] += 1

    def run(fn, n):
        for _ in range(n):
            fn()

    stage = "import"
    try:
        if os.path.isdir(path):
            # A package case: its folder comes first on sys.path (the isolated child has
            # neither the script's directory nor the working directory there), so its
            # modules import each other by absolute and relative imports as in a project.
            sys.path.insert(0, path)
            importlib.invalidate_caches()
            module = importlib.import_module(PACKAGE_MAIN)
        else:
            name = "corpus_case_" + re.sub(r"\W", "_", os.path.splitext(os.path.basename(path))[0])
            spec = importlib.util.spec_from_file_location(name, path)
            if spec is None or spec.loader is None:
                raise ImportError("cannot load %s" % path)
            module = importlib.util.module_from_spec(spec)
            sys.modules[name] = module
            spec.loader.exec_module(module)
        scenario = getattr(module, "scenario", None)
        if not callable(scenario):
            raise AttributeError("module defines no callable scenario()")

        stage = "scenario"
        tracemalloc.start()
        run(scenario, WARMUP_CALLS)
        measure()
        run(scenario, calls)
        measure()
        run(scenario, calls)
        measure()
        # A second window, used to confirm growth that only shows in bytes.
        run(scenario, calls)
        measure()
        tracemalloc.stop()
        result["points"] = [{k: slots[i * len(keys) + j] for j, k in enumerate(keys)}
                            for i in range(taken[0])]

        probe = getattr(module, "probe", None)
        if callable(probe):
            stage = "probe"
            gc.collect()
            gc.disable()
            try:
                obj = probe()
                ref = weakref.ref(obj)
                del obj
                result["survives_refcount"] = ref() is not None
                gc.collect()
                result["survives_gc"] = ref() is not None
            finally:
                gc.enable()
    except BaseException as exc:  # a broken case is a failure, not a crash of the oracle
        import traceback
        lines = traceback.format_exception_only(type(exc), exc)
        result["error"] = "%s raised %s" % (stage, "".join(lines).strip())
    channel.write(RESULT_MARKER + json.dumps(result) + "\n")
    channel.flush()
    os._exit(0)  # skip interpreter teardown: finalizers in cases must not change the result


# --------------------------------------------------------------------------
# Parent side: finds cases, checks hygiene, runs children, judges labels.
# --------------------------------------------------------------------------

class Case:
    def __init__(self, path, base, kind, code):
        self.path = path            # absolute: a module, or a package case's folder
        self.base = base            # the corpus's parent: paths are shown relative to it
        self.kind = kind            # "rule" or "semantics"
        self.code = code            # directory's rule code, or None
        self.package = os.path.isdir(path)
        self.expects = []           # [(line, code, verdict)]
        self.expect_files = []      # per label: its module, relative to a package case's folder
        self.semantic = {}          # label -> (line, bool)
        self.calls = None
        self.has_probe = False
        self.problems = []          # hygiene problems
        self.runnable = True        # False when it cannot be imported or has no scenario()

    @property
    def rel(self):
        return os.path.relpath(self.path, self.base)


def discover(corpus, filter_substr):
    cases, problems = [], []
    base = os.path.dirname(corpus)
    for entry in sorted(os.listdir(corpus)):
        full = os.path.join(corpus, entry)
        if not os.path.isdir(full) or entry == "__pycache__":
            continue
        match = RULE_DIR.match(entry)
        if entry == SEMANTICS:
            kind, code = "semantics", None
        elif match:
            kind, code = "rule", match.group(1)
        else:
            problems.append((os.path.relpath(full, base),
                             "directory name is neither HLnnn-name nor semantics"))
            continue
        for name in sorted(os.listdir(full)):
            path = os.path.join(full, name)
            if os.path.isdir(path):
                if name == "__pycache__":
                    continue
                if kind != "rule":
                    problems.append((os.path.relpath(path, base),
                                     "package cases belong in rule folders, not in %s/" % entry))
                    continue
                if not os.path.isfile(os.path.join(path, PACKAGE_MAIN + ".py")):
                    problems.append((os.path.relpath(path, base),
                                     "package case folder has no %s.py" % PACKAGE_MAIN))
                    continue
            elif not name.endswith(".py"):
                continue
            case = Case(path, base, kind, code)
            if filter_substr and filter_substr not in case.rel:
                continue
            cases.append(case)
    return cases, problems


def yes_no(text):
    return {"yes": True, "no": False}.get(text)


def package_modules(folder):
    """The .py files of a package case, relative to its folder, main.py first."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if name.endswith(".py"):
                found.append(os.path.relpath(os.path.join(root, name), folder))
    main = PACKAGE_MAIN + ".py"
    return sorted(found, key=lambda rel: (rel != main, rel))


def read_labels(case):
    if not case.package:
        read_module_labels(case, case.path, None)
        return
    shadowing = set(getattr(sys, "stdlib_module_names", ()))
    for rel in package_modules(case.path):
        top = rel.split(os.sep)[0]
        top = top[:-3] if top.endswith(".py") else top
        if top in shadowing:
            case.problems.append("%s: shadows the standard library module %r" % (rel, top))
        read_module_labels(case, os.path.join(case.path, rel), rel)


def read_module_labels(case, path, rel):
    """Reads one module's labels into `case`; `rel` is its path in a package case, else None."""
    where = "%s: " % rel if rel else ""
    entry = rel is None or rel == PACKAGE_MAIN + ".py"
    try:
        with open(path, "rb") as f:
            raw = f.read()
        source = raw.decode("utf-8")
        tree = ast.parse(source, path)
    except (OSError, UnicodeDecodeError, SyntaxError, ValueError) as exc:
        case.problems.append("%scannot parse: %s" % (where, exc))
        case.runnable = False
        return
    if entry:
        top = {node.name for node in tree.body
               if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))}
        if "scenario" not in top:
            case.problems.append("%sno top-level def scenario()" % where)
            case.runnable = False
        case.has_probe = "probe" in top
    lines = source.splitlines()
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError) as exc:
        case.problems.append("%scannot tokenize: %s" % (where, exc))
        return
    problems_before = len(case.problems)
    for tok in tokens:
        if tok.type != tokenize.COMMENT:
            continue
        row, col = tok.start
        text = tok.string
        expect = EXPECT.search(text)
        if expect:
            body = expect.group(1)
            parsed = EXPECT_BODY.match(body)
            if not parsed:
                case.problems.append("line %d: malformed label %r (want 'HLnnn confirmed|refuted|unknown')"
                                     % (row, body))
                continue
            code, verdict = parsed.groups()
            if case.kind == "semantics":
                case.problems.append("line %d: expect: labels do not belong in semantics/" % row)
            elif code != case.code:
                case.problems.append("line %d: label code %s does not match directory code %s"
                                     % (row, code, case.code))
            if not lines[row - 1][:col].strip():
                case.problems.append("line %d: expect: label must end a line of code, "
                                     "the line where the finding is reported" % row)
            case.expects.append((row, code, verdict))
            case.expect_files.append(rel)
            continue
        calls = ORACLE_CALLS.search(text)
        if calls and not entry:
            case.problems.append("line %d: oracle: calls= belongs in %s.py" % (row, PACKAGE_MAIN))
            continue
        if calls:
            try:
                case.calls = int(calls.group(1))
                if case.calls < 1:
                    raise ValueError
            except ValueError:
                case.problems.append("line %d: bad oracle: calls=%s" % (row, calls.group(1)))
                case.calls = None
            continue
        semantic = SEMANTIC_LABEL.search(text)
        if semantic:
            label, value = semantic.groups()
            flag = yes_no(value)
            if flag is None:
                case.problems.append("line %d: %s: wants yes or no, not %r" % (row, label, value))
            elif case.kind != "semantics":
                case.problems.append("line %d: %s: labels belong in semantics/ only" % (row, label))
            elif label in case.semantic:
                case.problems.append("line %d: second %s: label" % (row, label))
            else:
                case.semantic[label] = (row, flag)
            continue
        if re.search(r"#\s*(expect|retains|survives-refcount|survives-gc|oracle)\b", text):
            case.problems.append("line %d: unrecognised label comment %r" % (row, text))
    if where:
        case.problems[problems_before:] = [where + p for p in case.problems[problems_before:]]
    if case.kind == "semantics":
        if "retains" not in case.semantic:
            case.problems.append("semantics case has no '# retains: yes|no' label")
        if ast.get_docstring(tree) is None:
            case.problems.append("semantics case has no module docstring stating the fact")
    needs_probe = ("survives-refcount" in case.semantic or "survives-gc" in case.semantic
                   or any(code in PROBE_RULES and verdict == "confirmed"
                          for _, code, verdict in case.expects))
    if needs_probe and not case.has_probe:
        case.problems.append("label needs a top-level def probe() returning a fresh object")


def run_child(case, calls, timeout):
    workdir = tempfile.mkdtemp(prefix="heaplint-oracle-")
    env = dict(os.environ)
    env["TMPDIR"] = workdir
    cmd = [sys.executable, "-I", "-B", os.path.abspath(__file__),
           "--run-one", case.path, "--calls", str(calls)]
    try:
        proc = subprocess.run(cmd, cwd=workdir, env=env, stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        shutil.rmtree(workdir, ignore_errors=True)
        return {"error": "timed out after %ss" % timeout}
    leftovers = sorted(os.listdir(workdir))
    shutil.rmtree(workdir, ignore_errors=True)
    out = proc.stdout.decode("utf-8", "replace")
    for line in reversed(out.splitlines()):
        if line.startswith(RESULT_MARKER):
            result = json.loads(line[len(RESULT_MARKER):])
            break
    else:
        tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
        return {"error": "child exited %d without a result: %s" % (proc.returncode, " | ".join(tail))}
    if leftovers and not result.get("error"):
        shown = ", ".join(leftovers[:3]) + (" and %d more" % (len(leftovers) - 3) if len(leftovers) > 3 else "")
        result["error"] = "left files behind: %s" % shown
    return result


def growth(points, calls):
    def per_call(a, b, key):
        return (b[key] - a[key]) / float(calls)
    first = {k: per_call(points[1], points[2], k) for k in ("objects", "bytes", "blocks", "fds")}
    second = {k: per_call(points[2], points[3], k) for k in ("objects", "bytes", "blocks", "fds")}
    return first, second


def retains(first, second):
    if first["objects"] >= OBJECTS_PER_CALL or first["fds"] >= FDS_PER_CALL:
        return True
    return first["bytes"] >= BYTES_PER_CALL and second["bytes"] >= BYTES_PER_CALL


def yn(flag):
    return "yes" if flag else "no"


def judge(case, result, calls):
    """Returns (passed, reasons, record) for one case."""
    record = {
        "path": case.rel,
        "kind": case.kind,
        "package": case.package,
        "labels": [dict({"line": l, "code": c, "verdict": v}, **({"file": f} if f else {}))
                   for (l, c, v), f in zip(case.expects, case.expect_files)],
        "semantic": {k: {"line": l, "value": yn(v)} for k, (l, v) in case.semantic.items()},
        "calls": calls,
    }
    reasons = list(case.problems)
    if result is None:
        record.update(passed=False, reasons=reasons)
        return False, reasons, record
    if result.get("error"):
        reasons.append(result["error"])
    if "points" in result:
        first, second = growth(result["points"], calls)
        measured = retains(first, second)
        record["growth_per_call"] = first
        record["confirm_window_per_call"] = second
        record["points"] = result["points"]
        record["retains"] = measured
        record["verdict_as_measured"] = "confirmed" if measured else "refuted"
    else:
        measured = None
    for key in ("survives_refcount", "survives_gc"):
        if key in result:
            record[key] = result[key]
    if any(c in PROBE_RULES for _, c, _ in case.expects) and "survives_refcount" in result:
        record["verdict_as_measured"] = "confirmed" if result["survives_refcount"] else "refuted"

    if measured is not None:
        growth_codes = [(c, v) for _, c, v in case.expects if c not in PROBE_RULES]
        verdicts = {v for _, v in growth_codes}
        if case.kind == "semantics":
            if "retains" in case.semantic:
                want = case.semantic["retains"][1]
                if measured != want:
                    reasons.append("labelled retains: %s, measured %s" % (yn(want), yn(measured)))
        elif "confirmed" in verdicts:
            if not measured:
                reasons.append("labelled confirmed, but CPython measured no growth")
        elif not case.expects or verdicts == {"refuted"}:
            if measured:
                reasons.append("labelled %s, but CPython measured growth"
                               % ("refuted" if case.expects else "clean (no label)"))
        # `unknown` labels (and files mixing unknown with refuted) are informational.
    if "survives_refcount" in result:
        rc, collected = result["survives_refcount"], result["survives_gc"]
        for label, got in (("survives-refcount", rc), ("survives-gc", collected)):
            if label in case.semantic and case.semantic[label][1] != got:
                reasons.append("labelled %s: %s, probe measured %s"
                               % (label, yn(case.semantic[label][1]), yn(got)))
        for _, code, verdict in case.expects:
            if code in PROBE_RULES and verdict == "confirmed" and not rc:
                reasons.append("labelled %s confirmed, but the probe object did not survive refcounting" % code)
    passed = not reasons
    record.update(passed=passed, reasons=reasons)
    return passed, reasons, record


def label_text(case):
    parts = ["%s %s@%s%d" % (c, v, f + ":" if f else "", l)
             for (l, c, v), f in zip(case.expects, case.expect_files)]
    parts += ["%s:%s" % (k, yn(v)) for k, (_, v) in sorted(case.semantic.items())]
    return ",".join(parts) if parts else "none"


def line_for(case, record):
    status = "ok  " if record["passed"] else "FAIL"
    text = "%s  %s  label=%s" % (status, case.rel, label_text(case))
    g = record.get("growth_per_call")
    if g is not None:
        text += " measured: %+.2f objects/call, %+.1f bytes/call, %+.2f fds/call" % (
            g["objects"], g["bytes"], g["fds"])
    if "survives_refcount" in record:
        text += "; probe: survives refcounting: %s, survives gc: %s" % (
            yn(record["survives_refcount"]), yn(record["survives_gc"]))
    if record["reasons"]:
        text += "  -- " + "; ".join(record["reasons"])
    return text


def main(argv=None):
    parser = argparse.ArgumentParser(description="Check corpus labels against this CPython.")
    parser.add_argument("-k", dest="substr", default=None, help="only cases whose path contains SUBSTR")
    parser.add_argument("--calls", type=int, default=None,
                        help="scenario calls per window (default %d, or the case's '# oracle: calls=N')"
                        % DEFAULT_CALLS)
    parser.add_argument("--json", action="store_true", help="print machine-readable results")
    parser.add_argument("--jobs", type=int, default=2, help="cases run in parallel (default 2)")
    parser.add_argument("--timeout", type=float, default=TIMEOUT_SECONDS, help="seconds per case")
    parser.add_argument("--corpus", default=CORPUS, help="corpus directory (default: the one beside this script)")
    parser.add_argument("--run-one", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.run_one:
        _child(args.run_one, args.calls or DEFAULT_CALLS)
        return 0  # not reached
    if args.calls is not None and args.calls < 1:
        parser.error("--calls must be at least 1")

    cases, dir_problems = discover(os.path.abspath(args.corpus), args.substr)
    for case in cases:
        read_labels(case)

    def work(case):
        calls = args.calls or case.calls or DEFAULT_CALLS
        result = run_child(case, calls, args.timeout) if case.runnable else None
        return judge(case, result, calls)

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        outcomes = list(pool.map(work, cases))

    passed = sum(1 for ok, _, _ in outcomes if ok)
    failed = len(outcomes) - passed + len(dir_problems)
    if args.json:
        doc = {
            "python": sys.version.split()[0],
            "thresholds": {"objects_per_call": OBJECTS_PER_CALL, "bytes_per_call": BYTES_PER_CALL,
                           "fds_per_call": FDS_PER_CALL},
            "cases": [record for _, _, record in outcomes],
            "problems": [{"path": p, "reason": r} for p, r in dir_problems],
            "passed": passed,
            "failed": failed,
        }
        print(json.dumps(doc, indent=2))
    else:
        for case, (_, _, record) in zip(cases, outcomes):
            print(line_for(case, record))
        for path, reason in dir_problems:
            print("FAIL  %s  -- %s" % (path, reason))
        print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
