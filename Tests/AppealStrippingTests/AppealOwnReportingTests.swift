import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A line opening in the newsroom's "we" and naming the newsroom tells of its own reporting ("Wir
// sind die einzige Redaktion, die … berichtet."): its one reporting verb is no attribution. Our own
// sentences; hard negatives beside them (a publisher's "we" attributed with "said").

@Test("an appeal whose body says the newsroom reports daily is cut whole")
func newsroomTellingOfItsReportingIsCut() async throws {
    try await expectAppealCut("""
    Stimmen aus dem Tal und den Dörfern ringsum
    Wir sind die einzige unabhängige Redaktion, die jeden Tag auf Deutsch aus dem Tal berichtet. Damit das so bleibt, brauchen wir Sie: Mit einem Förderabo für 8 Euro im Monat lesen Sie alles und finanzieren eine Lokalredaktion, die niemandem gehört.
    Förderabo abschließen
    Jederzeit kündbar.
    """, after: """
    Neue Buslinie ins Tal
    Ab Montag fährt eine neue Buslinie vom Bahnhof in die Dörfer des Tals, teilte der Landkreis mit.
    Die Busse fahren im Stundentakt.
    """)
}

@Test("a publisher's we, attributed with said, stays article text")
func publishersAttributedWeStays() async throws {
    try await expectUntouched("""
    Zeitung stellt Druckausgabe ein
    Die Talpost erscheint ab Juli nur noch digital, teilte der Verlag am Montag mit.
    Wir sind die einzige Zeitung im Tal und wollen es bleiben, sagte der Verleger.
    Die Abonnenten erhalten ein Tablet zum halben Preis.
    """)
    try await expectUntouched("""
    Paper ends print edition
    The Valley Post will publish online only from July, its owners said on Monday.
    We are the only newspaper left in the valley and we intend to stay, the publisher said.
    Subscribers will get a tablet at half price.
    """)
}
