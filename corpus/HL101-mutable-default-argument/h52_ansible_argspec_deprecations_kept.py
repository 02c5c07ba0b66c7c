import itertools

_ids = itertools.count()
ARGUMENT_SPEC = {
    "name": {"type": "str", "required": True, "aliases": ["pkg"]},
    "state": {"type": "str", "default": "present", "aliases": ["status"]},
    "update_cache": {"type": "bool", "default": False, "aliases": ["update-cache"]},
}


class ValidationResult:
    def __init__(self, parameters, deprecations):
        self.validated_parameters = parameters
        self.deprecations = deprecations


class ArgumentSpecValidator:
    def __init__(self, argument_spec):
        self.argument_spec = argument_spec

    def validate(self, parameters, deprecations=[]):  # expect: HL101 confirmed
        merged = {k: spec["default"] for k, spec in self.argument_spec.items() if "default" in spec}
        for name, spec in self.argument_spec.items():
            for alias in spec.get("aliases", []):
                if alias in parameters:
                    merged[name] = parameters[alias]
                    deprecations.append({"msg": f"Alias '{alias}' is deprecated", "value": parameters[alias]})
            if name in parameters:
                merged[name] = parameters[name]
        if "name" not in merged:
            raise TypeError("missing required arguments: name")
        return ValidationResult(merged, deprecations)


def run_module(args):
    result = ArgumentSpecValidator(ARGUMENT_SPEC).validate(args)
    warnings = [d["msg"] for d in result.deprecations]
    return {"changed": result.validated_parameters["state"] == "present", "warnings": warnings}


def scenario():
    n = next(_ids)
    return run_module({"pkg": f"nginx-{n}", "status": "present" if n % 2 else "absent"})
