class Action:
    def __init__(self, label, command):
        self.label = label
        self.command = command

    def __repr__(self):
        return f"Action({self.label!r}, {self.command!r})"


class Menu:
    def __init__(self, title, actions=[]):  # expect: HL101 refuted
        self.title = title
        self.actions = actions
        self.enabled = True

    def add_action(self, label, command):
        action = Action(label, command)
        self.actions.append(action)
        return action

    def render(self):
        lines = [f"[{self.title}]"]
        lines.extend(f"  {a.label}" for a in self.actions[:20])
        return "\n".join(lines)
