"""Text editor: undo manager for a document reopened from a saved session.
The redo stack defaults to a shared list. The user undoes the last restored
edit (it moves to the redo stack) and then types; a new command empties the
redo stack in place, so the shared default is empty again."""
import collections
import itertools

_sessions = itertools.count()


class Insert(collections.namedtuple("Insert", "pos text")):
    def do(self, doc):
        doc[self.pos:self.pos] = self.text

    def undo(self, doc):
        del doc[self.pos:self.pos + len(self.text)]


class UndoManager:
    def __init__(self, doc, undo_stack=(), redo_stack=[]):  # expect: HL101 refuted
        self.doc, self.undo_stack, self.redo_stack = doc, list(undo_stack), redo_stack

    def execute(self, command):
        command.do(self.doc)
        self.undo_stack.append(command)
        self.redo_stack.clear()

    def undo(self):
        if self.undo_stack:
            command = self.undo_stack.pop()
            command.undo(self.doc)
            self.redo_stack.append(command)


def scenario():
    head = f"report {next(_sessions)}"
    manager = UndoManager(list(head + " draft"), [Insert(len(head), " draft")])
    manager.undo()
    manager.execute(Insert(0, "Final: "))
    return "".join(manager.doc)
