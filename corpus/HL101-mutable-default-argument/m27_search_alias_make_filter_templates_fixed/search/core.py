"""Filter clauses: `field op value` rendered from a template per operator."""


def build(field, value, op="eq",
          operators={  # expect: HL101 refuted
              "eq": "=", "ne": "<>", "lt": "<", "gt": ">",
          },
          _templates={}):  # expect: HL101 refuted
    if op not in operators:
        raise ValueError(f"unknown operator {op!r}")
    template = _templates.get(op)
    if template is None:
        template = _templates[op] = "{field} " + operators[op] + " {value!r}"
    return template.format(field=field, value=value)
