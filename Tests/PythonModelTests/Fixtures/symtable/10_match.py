def handle(cmd, Color):
    match cmd:
        case [action]:
            return action
        case [Point(x=0, y=yy) as p, *rest] if rest:
            return yy, p
        case {"k": vv, **others}:
            return vv, others
        case Color.RED | 1 | "s" | None:
            return 0
        case str() as s:
            return s
        case _:
            def later():
                return action, vv
            return later
