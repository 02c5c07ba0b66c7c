"""Chat client: `remember()` appends one exchange (the user's question and
the assistant's reply) to the conversation history that is sent as context
with the next prompt, and keeps that context short by cutting it to the last
MAX_CONTEXT messages. The cut is `history = history[-MAX_CONTEXT:]`, which
rebinds the local name to a new list: the shared default is never trimmed
and gains both messages of every exchange that starts on it."""
import itertools

MAX_CONTEXT = 100
_turns = itertools.count()


def remember(user_text, reply_text, history=[]):  # expect: HL101 confirmed
    history.append({"role": "user", "content": user_text})
    history.append({"role": "assistant", "content": reply_text})
    if len(history) > MAX_CONTEXT:
        history = history[-MAX_CONTEXT:]
    return len(history)


def scenario():
    n = next(_turns)
    return remember(f"what is the status of ticket {n}?", f"ticket {n} is open")
