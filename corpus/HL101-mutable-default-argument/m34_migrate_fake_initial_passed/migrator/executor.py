from .graph import topo_order


class Migration:
    def __init__(self, name, dependencies=(), operations=()):
        self.name = name
        self.dependencies = tuple(dependencies)
        self.operations = tuple(operations)


class MigrationExecutor:
    def __init__(self, connection):
        self.connection = connection

    def migration_plan(self, migrations, fake_initial=False):
        if fake_initial:
            # brand-new schema: nothing can have been applied yet
            return topo_order(migrations, set())
        return topo_order(migrations, set(self.connection.applied_migrations()))

    def migrate(self, migrations, fake_initial=False):
        plan = self.migration_plan(migrations, fake_initial)
        for migration in plan:
            for statement in migration.operations:
                self.connection.execute(statement)
            self.connection.record_applied(migration.name)
        return [m.name for m in plan]
