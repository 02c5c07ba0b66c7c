"""notesapp: a note-taking CLI; the entry point is re-exported as main()."""
from .cli import dispatch as main
