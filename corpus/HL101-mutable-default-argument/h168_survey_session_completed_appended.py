"""Survey bot: `_collect()` asks each question and gathers the answers
sent back until an empty answer, returning them; `session()` delegates to
it with `yield from` and appends the finished (user, answers) pair to a
list default of completed sessions for the nightly export. The chat
handler here gets an answer to every question, so each session reaches the
append and the export list grows by one entry per chat."""
import itertools

_chats = itertools.count()
QUESTIONS = ("How did we do?", "Would you come back?", "Anything else?")


def _collect(questions):
    answers = []
    for question in questions:
        answer = yield question
        if not answer:
            break
        answers.append(answer)
    return answers


def session(user, questions, completed=[]):  # expect: HL101 confirmed
    answers = yield from _collect(questions)
    completed.append((user, answers))
    yield "Thanks, %s!" % user


def run_chat(user, replies):
    bot = session(user, QUESTIONS)
    prompt = next(bot)
    for reply in replies:
        prompt = bot.send(reply)
    return prompt


def scenario():
    n = next(_chats)
    return run_chat("user-%d" % n, ["great %d" % n, "yes", "order #%d was late" % n])
