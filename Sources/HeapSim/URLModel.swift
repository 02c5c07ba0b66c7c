import PythonModel

/// `urllib.parse` of known text: `urlsplit` / `urlparse` results whose fields are the text's own
/// parts, and `parse_qsl` / `parse_qs` lists and dicts of the decoded names and values, as CPython
/// computes them, so keys made of a URL's host or a query's names stay decided.
extension Interpreter {
    static let splitFields = ["scheme", "netloc", "path", "query", "fragment"]
    static let parseFields = ["scheme", "netloc", "path", "params", "query", "fragment"]
    /// `urllib.parse.uses_params`: the schemes whose last path segment may carry `;params`.
    static let usesParams: Set<String> = ["", "ftp", "hdl", "prospero", "http", "imap", "https", "shttp", "rtsp", "rtsps",
                                          "rtspu", "sip", "sips", "mms", "sftp", "tel"]

    /// `urlsplit(url)` (or `urlparse` with `params`) of known text: its fields in order; nil for
    /// text CPython would reject or that this model does not split (brackets in the netloc).
    static func urlSplit(_ text: String, params: Bool) -> [String]? {
        // (Leading C0 controls and spaces stripped, tabs and newlines removed, as CPython does.)
        var url = Substring(text)
        while let f = url.unicodeScalars.first, f.value <= 32 { url = url.dropFirst() }
        url = Substring(url.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" })
        var scheme = ""
        if let colon = url.firstIndex(of: ":"), colon > url.startIndex,
           let first = url.first, first.isASCII, first.isLetter,
           url[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) {
            scheme = url[..<colon].lowercased()
            url = url[url.index(after: colon)...]
        }
        var netloc = ""
        if url.hasPrefix("//") {
            let rest = url.dropFirst(2)
            let end = rest.firstIndex(where: { "/?#".contains($0) }) ?? rest.endIndex
            netloc = String(rest[..<end])
            url = rest[end...]
            if netloc.contains("[") || netloc.contains("]") { return nil }
        }
        var fragment = ""
        if let hash = url.firstIndex(of: "#") { fragment = String(url[url.index(after: hash)...]); url = url[..<hash] }
        var query = ""
        if let q = url.firstIndex(of: "?") { query = String(url[url.index(after: q)...]); url = url[..<q] }
        var path = String(url)
        guard params else { return [scheme, netloc, path, query, fragment] }
        var p = ""
        if usesParams.contains(scheme), path.contains(";") {
            // (`;` in the last segment only.)
            let slash = path.lastIndex(of: "/")
            let segmentStart = slash.map { path.index(after: $0) } ?? path.startIndex
            if let semi = path[segmentStart...].firstIndex(of: ";") {
                p = String(path[path.index(after: semi)...])
                path = String(path[..<semi])
            }
        }
        return [scheme, netloc, path, p, query, fragment]
    }

    /// `parse_qsl(text, keep_blank_values)`: the `&`-separated `name=value` pairs, `+` and
    /// percent escapes decoded; a pair without `=` or with an empty value only when kept.
    static func parseQuery(_ text: String, keepBlank: Bool) -> [(String, String)] {
        var out: [(String, String)] = []
        for field in text.split(separator: "&", omittingEmptySubsequences: true) {
            let pair: (Substring, Substring)
            if let eq = field.firstIndex(of: "=") { pair = (field[..<eq], field[field.index(after: eq)...]) } else {
                guard keepBlank else { continue }
                pair = (field, "")
            }
            guard !pair.1.isEmpty || keepBlank else { continue }
            func decode(_ s: Substring) -> String { percentDecode(s.replacingOccurrences(of: "+", with: " ")) }
            out.append((decode(pair.0), decode(pair.1)))
        }
        return out
    }

    func knownURLHelper(_ q: String, _ args: [ObjID], _ kwargs: [(String, ObjID)], site: Int) -> ObjID? {
        switch q {
        case "urllib.parse.urlsplit", "urllib.parse.urlparse":
            guard args.count == 1, kwargs.isEmpty, typeName(args[0]) == "str", let text = heap[args[0]].constant,
                  let parts = Self.urlSplit(text, params: q.hasSuffix("urlparse")) else { return nil }
            let result = opaque(q.hasSuffix("urlparse") ? "ParseResult" : "SplitResult", site: site)
            urlParts[result] = parts
            return result
        case "urllib.parse.parse_qsl", "urllib.parse.parse_qs":
            guard (1...2).contains(args.count), typeName(args[0]) == "str", let text = heap[args[0]].constant,
                  kwargs.allSatisfy({ $0.0 == "keep_blank_values" }) else { return nil }
            let flag = args.count > 1 ? args[1] : kwargs.first?.1
            var keepBlank = false
            if let flag {
                guard let t = decidedTruth(flag) else { return nil }
                keepBlank = t
            }
            let pairs = Self.parseQuery(text, keepBlank: keepBlank)
            if q.hasSuffix("parse_qsl") {
                return newList(pairs.map { heap.allocate("tuple", .tuple([makeStr($0.0, site: site), makeStr($0.1, site: site)]), origin: site) }, site: site)
            }
            let d = newDict(site: site)
            var lists: [String: ObjID] = [:]
            for (k, v) in pairs {
                if let l = lists[k] {
                    if case .list(var items) = heap[l].payload { items.append(makeStr(v, site: site)); heap.objects[l].payload = .list(items) }
                } else {
                    let l = newList([makeStr(v, site: site)], site: site)
                    lists[k] = l
                    let key = makeStr(k, site: site)
                    withStore(d) { $0.set(key, heap.valueKey(key), l) }
                }
            }
            return d
        default:
            return nil
        }
    }

    /// A field (or `hostname`, `port`, `username`, `password`) of a `urlsplit` result of known
    /// text; nil for anything else.
    func urlAttribute(_ obj: ObjID, _ name: String, site: Int) -> ObjID? {
        guard let parts = urlParts[obj] else { return nil }
        let fields = parts.count == 6 ? Self.parseFields : Self.splitFields
        if let i = fields.firstIndex(of: name) { return makeStr(parts[i], site: site) }
        let netloc = parts[1]
        let (userinfo, hostport): (String?, String) = {
            guard let at = netloc.lastIndex(of: "@") else { return (nil, netloc) }
            return (String(netloc[..<at]), String(netloc[netloc.index(after: at)...]))
        }()
        let (host, port): (String, String?) = {
            guard let colon = hostport.firstIndex(of: ":") else { return (hostport, nil) }
            return (String(hostport[..<colon]), String(hostport[hostport.index(after: colon)...]))
        }()
        switch name {
        case "hostname": return host.isEmpty ? none : makeStr(host.lowercased(), site: site)
        case "port":
            guard let port else { return none }
            guard !port.isEmpty else { return none }
            guard port.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(port), n <= 65535 else { return nil }
            return makeInt(n, site: site)
        case "username":
            guard let userinfo else { return none }
            return makeStr(String(userinfo.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)[0]), site: site)
        case "password":
            guard let userinfo, let colon = userinfo.firstIndex(of: ":") else { return none }
            return makeStr(String(userinfo[userinfo.index(after: colon)...]), site: site)
        default: return nil
        }
    }
}
