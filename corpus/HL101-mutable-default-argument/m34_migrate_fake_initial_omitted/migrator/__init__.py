from .executor import MigrationExecutor, Migration
from .graph import CircularDependencyError
