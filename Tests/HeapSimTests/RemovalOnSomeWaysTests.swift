@testable import HeapSim
import Project
import PythonModel
import Testing
import TestSupport

/// Shapes found by the m68 and h89 corpus rounds and by astropy: a default emptied again by a
/// later call only on the way the policy chose through tests on data (a paragraph reader that
/// clears its lines at a blank line but returns them at the end of the stream), and the bases of
/// a class with none written (`(object,)`, as metaclasses walking `__bases__` expect).
@Suite struct RemovalOnSomeWaysTests {
    func outcome(_ source: String, function: String, parameter: String) throws -> SimulationOutcome {
        let module = try TestSupport.lower(source, moduleName: "app")
        let sim = ModuleSimulation(module: module, options: SimulationOptions())
        let def = try #require(sim.module.functions.first { $0.name == function && $0.parameters.contains { $0.name == parameter } })
        let index = try #require(def.parameters.firstIndex { $0.name == parameter })
        return sim.defaultArgument(function: def, parameter: index)
    }

    /// The reader keeps the lines of a paragraph until a blank line, and returns them without
    /// clearing at the end of the stream. CPython grows it when no text has a blank line (m68); the
    /// model saw one call keep its lines and a later one clear them, each on the way its policy
    /// chose. Not refuted. Cleared on both ways out: refuted.
    @Test func aRemovalOnlySomeWaysThroughDataTestsTakeIsNotEarned() throws {
        let source = """
        def read_blankline_block(stream, _lines=[]):
            while True:
                line = stream.readline()
                if not line:
                    END
                if line.strip():
                    _lines.append(line)
                elif _lines:
                    block = ["".join(_lines)]
                    del _lines[:]
                    return block
        """
        let keeps = try outcome(source.replacingOccurrences(of: "END", with: "return [\"\".join(_lines)] if _lines else []"),
                                function: "read_blankline_block", parameter: "_lines")
        #expect(keeps.verdict == .unknown)
        #expect(keeps.evidence.assumptions.contains { if case .removalSkippedByUndecidedTest = $0 { return true } else { return false } })
        let clears = try outcome(source.replacingOccurrences(of: "END", with: "block = [\"\".join(_lines)] if _lines else []\n            del _lines[:]\n            return block"),
                                 function: "read_blankline_block", parameter: "_lines")
        #expect(clears.verdict == .refuted)
    }

    /// A batch emptied once its size reaches a bound (`len(buffer) >= 4`): growth itself makes the
    /// test go the way that empties it, whatever the data. Still refuted (m63), as is a removal
    /// run by a callback rather than by the function that grew it.
    @Test func aSizeBoundAndACallbackRemovalStillRefute() throws {
        let batch = """
        posted = []

        def write(rows, buffer=[]):
            buffer.extend(rows)
            if len(buffer) >= 4:
                posted.append(len(buffer))
                buffer.clear()
            return len(buffer)
        """
        #expect(try outcome(batch, function: "write", parameter: "buffer").verdict == .refuted)
    }

    /// `class Model(metaclass=Meta)` has `__bases__ == (object,)`: a metaclass's
    /// `cls.__bases__[0] is object` test no longer raises IndexError, so the class exists and its
    /// constructor's default is judged (CPython grows it: `add` stores a new key each call).
    @Test func theBasesOfAClassWithNoneWrittenAreObject() throws {
        let source = """
        class Meta(type):
            def __init__(cls, name, bases, ns):
                super().__init__(name, bases, ns)
                if cls.__bases__[0] is object:
                    return
                cls.kind = name.lower()

        class Model(metaclass=Meta):
            pass

        class Poly(Model):
            def __init__(self, coeffs={}):
                self.coeffs = coeffs

            def add(self, k):
                self.coeffs[k] = 1

        def use(k):
            p = Poly()
            p.add(k)
            return Poly.kind
        """
        let o = try outcome(source, function: "__init__", parameter: "coeffs")
        #expect(o.verdict == .confirmed)
    }

    /// Walking the bases up to `object`: its `__dict__` holds none of a class's own names, so a
    /// walk collecting `commands` from every class's namespace stays bounded (h24: refuted).
    @Test func objectsNamespaceHoldsNoClassAttributes() throws {
        let source = """
        def accumulate(cls, attr, acc=[]):
            for b in cls.__bases__:
                accumulate(b, attr, acc)
            for name in cls.__dict__.get(attr, ()):
                if name not in acc:
                    acc.append(name)
            return acc

        class Line:
            commands = ("QUIT", "NOOP")

        class Mail(Line):
            commands = ("HELO", "MAIL")

        def accepts(verb):
            return verb in accumulate(Mail, "commands")
        """
        #expect(try outcome(source, function: "accumulate", parameter: "acc").verdict == .refuted)
    }
    /// A frame buffer per connection, dropped by `unframe(conn, b"")` only when no reply came:
    /// the client returns at the first payload, and bytes of the next frame stay (m69: CPython
    /// grows it). The model went the way that reached the hang-up each time; the function that
    /// grew it returned it grown after tests on data. Not refuted. With the hang-up in a
    /// `finally`, every way out runs it: refuted.
    @Test func aCleanupTheCallerReachesOnlySomeWaysIsNotEarned() throws {
        let source = """
        def unframe(conn_id, chunk, _buffers={}):
            if not chunk:
                _buffers.pop(conn_id, None)
                return []
            buf = _buffers.setdefault(conn_id, bytearray())
            buf += chunk
            payloads = []
            while len(buf) >= 4:
                size = int.from_bytes(buf[:4], "big")
                if len(buf) < 4 + size:
                    break
                payloads.append(bytes(buf[4:4 + size]))
                del buf[:4 + size]
            if not buf:
                del _buffers[conn_id]
            return payloads


        class Client:
            def __init__(self, conn_id):
                self.conn_id = conn_id

            def call(self, chunks):
        BODY


        def scenario(conn_id, chunks):
            return Client(conn_id).call(chunks)
        """
        let skipped = """
                for chunk in chunks:
                    for payload in unframe(self.conn_id, chunk):
                        return payload
                unframe(self.conn_id, b"")
                return None
        """
        let always = """
                try:
                    for chunk in chunks:
                        for payload in unframe(self.conn_id, chunk):
                            return payload
                    return None
                finally:
                    unframe(self.conn_id, b"")
        """
        let early = try outcome(source.replacingOccurrences(of: "BODY", with: skipped), function: "unframe", parameter: "_buffers")
        #expect(early.verdict == .unknown)
        #expect(early.evidence.assumptions.contains { if case .removalSkippedByUndecidedTest = $0 { return true } else { return false } })
        let inFinally = try outcome(source.replacingOccurrences(of: "BODY", with: always), function: "unframe", parameter: "_buffers")
        #expect(inFinally.verdict == .refuted)
    }
}
