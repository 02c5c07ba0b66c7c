from __future__ import annotations
def f(a: Alias) -> Result:
    local: Thing = 1
    return local
class C:
    field: Other
    def m(self, x: C) -> C:
        return x
