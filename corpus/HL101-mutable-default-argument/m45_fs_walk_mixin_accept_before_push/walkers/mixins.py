class TreeWalkMixin:
    def walk(self, node, _path=[]):  # expect: HL101 refuted
        if not self.accept(node):
            return []
        _path.append(node.name)
        found = ["/".join(_path)]
        for child in self.children(node):
            found.extend(self.walk(child, _path))
        _path.pop()
        return found

    def children(self, node):
        return ()

    def accept(self, node):
        return True
