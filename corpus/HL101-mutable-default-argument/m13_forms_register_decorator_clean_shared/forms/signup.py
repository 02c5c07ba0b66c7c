from .registry import form


@form
class SignupForm:
    required = ("email", "password", "terms")
    min_password = 8

    def clean(self, data, errors=[]):  # expect: HL101 confirmed
        problems = errors
        for name in self.required:
            if not data.get(name):
                problems.append(f"{name} is required ({data.get('email')})")
        if len(data.get("password", "")) < self.min_password:
            problems.append("password too short")
        return problems
