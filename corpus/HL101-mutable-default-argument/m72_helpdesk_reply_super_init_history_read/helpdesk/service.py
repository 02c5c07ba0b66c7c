import itertools

from .replies import Reply
from .tickets import Ticket

_reply_ids = itertools.count(1000)


def open_ticket(pk, subject):
    return Ticket(pk, subject)


def answer(ticket, body):
    reply = Reply(next(_reply_ids), ticket.pk, body)
    if not reply.is_sent():
        ticket.log(f"answered by reply {reply.pk}")
    ticket.reply_ids.append(reply.pk)
    return reply
