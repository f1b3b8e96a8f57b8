/// One thing an input did wrong: a class (stable, for counting and naming saved inputs) and a one-line
/// reason for a person.
struct Failure: Error {
    let kind: String
    let reason: String
}
