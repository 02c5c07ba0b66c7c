"""Config preview: `preview()` shows the first lines of a tenant profile,
expanded three generators deep (profile -> section -> included section) with
yield from. `expand_section()` keeps the include chain in its default list to
detect cycles and pops a name once the section's loop is done. The preview
stops early and drops the generator, so GeneratorExit ends every frame at its
yield and the pops after the loops never run: the chain keeps the names."""
import itertools

_tenants = itertools.count()


def expand_section(name, sections, chain=[]):  # expect: HL101 confirmed
    if name in chain:
        raise ValueError("include cycle at %s" % name)
    chain.append(name)
    for line in sections[name]:
        if line.startswith("@include "):
            yield from expand_section(line.split()[1], sections)
        else:
            yield name, line
    chain.pop()


def expand_profile(profile, sections):
    yield "profile", profile
    yield from expand_section(profile, sections)


def preview(profile, sections, limit=4):
    return list(itertools.islice(expand_profile(profile, sections), limit))


def scenario():
    n = next(_tenants)
    main, net = "tenant-%d" % n, "tenant-%d-net" % n
    sections = {main: ["owner = ops-%d" % n, "@include %s" % net, "tier = gold"],
                net: ["vlan = %d" % (n % 4000), "mtu = 9000", "dns = 10.0.%d.53" % (n % 250)]}
    return len(preview(main, sections))
