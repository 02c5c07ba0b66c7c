"""Model mixins; each before_flush() hands on with super()."""


class SoftDeleteMixin:
    deleted_at = None

    def before_flush(self, changes):
        changes.fields["deleted_at"] = self.deleted_at
        super().before_flush(changes)


class AuditMixin:
    def before_flush(self, changes):
        changes.events.append(f"update {type(self).__name__} {self.pk}")
        super().before_flush(changes)
