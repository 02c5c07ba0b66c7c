"""Forms: a class decorator adds audit fields; form classes are built per request from a schema."""
import itertools


def with_audit(cls, extra=["created_at", "updated_at"]):  # expect: HL101 refuted
    cls.fields = list(cls.fields) + extra
    return cls


def build_form(schema_name, names):
    @with_audit
    class Form:
        fields = names
        title = schema_name

        def blank(self):
            return dict.fromkeys(self.fields, "")

    return Form


_schemas = itertools.count()


def scenario():
    n = next(_schemas)
    form_cls = build_form(f"schema{n}", [f"field{n}", "email"])
    return len(form_cls().blank())
