def run_case(case_class, subject):
    case = case_class(subject)
    case.setUp()
    failures = []
    names = sorted(n for n in dir(case_class) if n.startswith("test_"))
    for name in names:
        try:
            getattr(case, name)()
        except AssertionError as exc:
            failures.append((name, str(exc)))
    return {"passed": len(names) - len(failures), "failures": failures}
