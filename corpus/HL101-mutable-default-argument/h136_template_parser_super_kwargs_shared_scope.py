"""Template parser hierarchy: TemplateParser forwards **kwargs to the base
__init__ through super(), whose `variables` default becomes the scope that
every `{% set %}` line writes into (through a property). A parser is built
per template, so each template's variables pile up in the one dict."""
import itertools
import string

_ids = itertools.count()


class BaseParser:
    def __init__(self, text, *, variables={}, strict=False):  # expect: HL101 confirmed
        self.text, self.strict, self._scope = text, strict, variables

    @property
    def scope(self):
        return self._scope


class TemplateParser(BaseParser):
    def __init__(self, text, **kwargs):
        super().__init__(text, **kwargs)

    def render(self):
        out = []
        for line in self.text.splitlines():
            if line.startswith("{% set ") and line.endswith(" %}"):
                name, _, value = line[7:-3].partition("=")
                self.scope[name.strip()] = value.strip()
                continue
            tpl = string.Template(line)
            out.append(tpl.substitute(self.scope) if self.strict else tpl.safe_substitute(self.scope))
        return "\n".join(out)


def scenario():
    n = next(_ids)
    return TemplateParser(f"{{% set user_{n} = guest{n} %}}\nHello $user_{n}, #{n}", strict=True).render()
