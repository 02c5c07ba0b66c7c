class Resource:
    def __init__(self, name, scopes=[]):  # expect: HL101 refuted
        self.name = name
        self.scopes = scopes

    def allows(self, scope):
        return scope in self.scopes
