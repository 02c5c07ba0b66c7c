; Candidates: parameters whose default is a mutable display, a comprehension or a call.
; The rule narrows calls to mutable constructors (list(), collections.deque(), module classes, ...)
; and also follows names bound at module level, which a query cannot see.
(default_parameter
  name: (identifier) @parameter
  value: [(list) (dictionary) (set) (list_comprehension) (dictionary_comprehension) (set_comprehension) (call)] @default)

(typed_default_parameter
  name: (identifier) @parameter
  value: [(list) (dictionary) (set) (list_comprehension) (dictionary_comprehension) (set_comprehension) (call)] @default)
