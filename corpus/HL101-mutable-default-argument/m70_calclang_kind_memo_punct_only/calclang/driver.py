"""Driver: run statements one by one; a bad statement is reported, not fatal."""
from .errors import CalcSyntaxError

APPLY = {"PLUS": int.__add__, "MINUS": int.__sub__, "STAR": int.__mul__}


def operand(token, env):
    kind, text = token
    if kind == "NUMBER":
        return int(text)
    if kind == "NAME" and text in env:
        return env[text]
    raise CalcSyntaxError(f"expected a number or a bound name, got {text!r}")


def execute(toks, env):
    if len(toks) < 4 or toks[0][0] != "LET" or toks[1][0] != "NAME" or toks[2][0] != "ASSIGN":
        raise CalcSyntaxError("expected 'let NAME = ...'")
    value = operand(toks[3], env)
    for i in range(4, len(toks), 2):
        if toks[i][0] not in APPLY or i + 1 == len(toks):
            raise CalcSyntaxError(f"bad operator {toks[i][1]!r}")
        value = APPLY[toks[i][0]](value, operand(toks[i + 1], env))
    return toks[1][1], value


def run_cell(lines, frontend):
    """`frontend` is the lexer module; tests pass a fake one."""
    env, errors = {}, []
    for lineno, line in enumerate(lines, 1):
        try:
            name, value = execute(list(frontend.tokens(line)), env)
        except CalcSyntaxError as exc:
            errors.append(f"line {lineno}: {exc.msg}")
            continue
        env[name] = value
    return env, errors
