from iam.resource import Resource


class AuditedResource(Resource):
    """A resource whose scopes always include its own audit scope."""

    @property
    def scopes(self):
        return self._scopes

    @scopes.setter
    def scopes(self, value):
        self._scopes = [*value, f"audit:{self.name}"]
