"""Widget base: keyword options are folded into the cnf dict it was given (not a copy)."""


class Widget:
    tag = "input"

    def __init__(self, master, cnf, kw):
        cnf.update(kw)
        self.master = master
        self.cnf = cnf

    def render(self):
        attrs = " ".join(f'{k.replace("_", "-")}="{v}"' for k, v in self.cnf.items())
        return f"<{self.tag} {attrs}>"
