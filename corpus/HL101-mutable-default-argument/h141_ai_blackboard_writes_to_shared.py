"""Guard AI: `think()` reads facts from a blackboard, a ChainMap default
holding world-level facts. Each tick it layers the agent's observations on
top with `new_child()`, but it records the chosen target on the blackboard
itself so other guards can see it; a ChainMap writes into its first map,
the shared dict, which gains a key per guard."""
import collections
import itertools

_ticks = itertools.count()


def think(agent, seen, blackboard=collections.ChainMap({"alarm": False, "curfew": 22})):  # expect: HL101 confirmed
    facts = blackboard.new_child({"self": agent, "enemies": sorted(seen, key=lambda e: e[1])})
    if not facts["enemies"]:
        return "%s: patrol" % agent
    nearest, distance = facts["enemies"][0]
    blackboard["target:%s" % agent] = nearest
    if distance < 5 or facts["alarm"]:
        return "%s: attack %s" % (agent, facts["target:%s" % agent])
    return "%s: stalk %s" % (agent, nearest)


def scenario():
    n = next(_ticks)
    seen = [("npc-%d" % n, 9), ("player-%d" % n, 3 + n % 7)]
    return think("guard-%d" % n, seen)
