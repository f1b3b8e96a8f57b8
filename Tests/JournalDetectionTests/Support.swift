import JournalModel

/// The entries of a journal written as Markdown text.
func entries(_ text: String) -> [Entry] {
    JournalBuilder.build(bytes: Array(text.utf8), path: "journal.md").entries
}

/// The only entry of a journal written as Markdown text.
func entry(_ text: String) -> Entry {
    let found = entries(text)
    precondition(found.count == 1, "expected one entry, found \(found.count)")
    return found[0]
}
