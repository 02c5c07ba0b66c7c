"""Grammar: expr := term (('+' | '-' | '*') term)* ; term := NUM | NAME | '(' expr ')'."""
from .errors import CompileError
from .packrat import PackratParser


class ExprParser(PackratParser):
    def __init__(self, source, filename="<input>"):
        super().__init__(source)
        self.filename = filename

    def parse(self):
        node, pos = self.apply(self.expr, 0)
        if pos != len(self.tokens):
            raise CompileError(self.filename, f"unexpected {self.peek(pos)!r}", pos)
        return node

    def expr(self, pos):
        node, pos = self.apply(self.term, pos)
        while self.peek(pos) in ("+", "-", "*"):
            op = self.tokens[pos]
            rhs, pos = self.apply(self.term, pos + 1)
            node = (op, node, rhs)
        return node, pos

    def term(self, pos):
        tok = self.peek(pos)
        if tok == "(":
            node, pos = self.apply(self.expr, pos + 1)
            if self.peek(pos) != ")":
                raise CompileError(self.filename, "expected ')'", pos)
            return node, pos + 1
        if tok is None or not (tok.isdigit() or tok.isidentifier()):
            raise CompileError(self.filename, f"unexpected {tok!r}", pos)
        return ("num" if tok.isdigit() else "load", tok), pos + 1
