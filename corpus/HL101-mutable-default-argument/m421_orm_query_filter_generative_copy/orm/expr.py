class BinaryExpression:
    def __init__(self, left, op, right):
        self.left, self.op, self.right = left, op, right

    def compile(self, params):
        params.append(self.right)
        return f"{self.left.name} {self.op} ?"


class Column:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return BinaryExpression(self, "=", other)

    def __ge__(self, other):
        return BinaryExpression(self, ">=", other)

    __hash__ = object.__hash__
