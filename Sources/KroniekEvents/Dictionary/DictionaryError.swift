import KroniekCore

/// A dictionary problem with the file and line that caused it.
public typealias DictionaryError = InputError
