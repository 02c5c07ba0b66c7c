def run_all(case_class, **params):
    ok = failed = 0
    for name in sorted(vars(case_class)):
        if not name.startswith("check_"):
            continue
        case = case_class(**params)
        try:
            getattr(case, name)()
            ok += 1
        except AssertionError:
            failed += 1
    return {"ok": ok, "failed": failed}
