<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AppActions</name>
    <message>
        <location filename="../ui/shell/actions.py" line="46"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/shell/actions.py" line="47"/>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <location filename="../ui/shell/actions.py" line="49"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/shell/actions.py" line="50"/>
        <source>&amp;Safety information</source>
        <translation>S&amp;icherheitshinweise</translation>
    </message>
    <message>
        <location filename="../ui/shell/actions.py" line="51"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/shell/actions.py" line="52"/>
        <source>&amp;About Viparita</source>
        <translation>&amp;Über Viparita</translation>
    </message>
    <message>
        <location filename="../ui/shell/actions.py" line="65"/>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/shell/actions.py" line="70"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>AppearanceSection</name>
    <message>
        <location filename="../ui/prefs/sections.py" line="254"/>
        <source>This profile</source>
        <translation>Dieses Profil</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="256"/>
        <source>&amp;Bedtime dim: warm and dark on every screen</source>
        <translation>A&amp;benddimmung: warm und dunkel auf jedem Bildschirm</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="259"/>
        <source>All profiles</source>
        <translation>Alle Profile</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="261"/>
        <source>F&amp;ollow the system&apos;s light or dark scheme</source>
        <translation>Helles oder dunkles Farbschema vom S&amp;ystem übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="263"/>
        <source>Reduced &amp;motion: show the breath as a slowly filling bar</source>
        <translation>&amp;Weniger Bewegung: den Atem als sich langsam füllenden Balken zeigen</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="268"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="269"/>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="273"/>
        <source>Lan&amp;guage:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="278"/>
        <source>A new language shows the next time Viparita starts.</source>
        <translation>Eine neue Sprache erscheint beim nächsten Start von Viparita.</translation>
    </message>
</context>
<context>
    <name>BreathBar</name>
    <message>
        <location filename="../ui/widgets/breath.py" line="122"/>
        <source>Breathing guide</source>
        <translation>Atemführung</translation>
    </message>
    <message>
        <location filename="../ui/widgets/breath.py" line="124"/>
        <source>A bar that fills as you breathe in and empties as you breathe out</source>
        <translation>Ein Balken, der sich beim Einatmen füllt und beim Ausatmen leert</translation>
    </message>
</context>
<context>
    <name>BreathCircle</name>
    <message>
        <location filename="../ui/widgets/breath.py" line="69"/>
        <source>Breathing guide</source>
        <translation>Atemführung</translation>
    </message>
    <message>
        <location filename="../ui/widgets/breath.py" line="71"/>
        <source>A circle that grows as you breathe in and shrinks as you breathe out</source>
        <translation>Ein Kreis, der beim Einatmen wächst und beim Ausatmen schrumpft</translation>
    </message>
</context>
<context>
    <name>ClosingPage</name>
    <message>
        <location filename="../ui/session/pages/timed.py" line="222"/>
        <source>Time left in the seated pause</source>
        <translation>Verbleibende Zeit der Sitzpause</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="223"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="225"/>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="233"/>
        <source>The length was:</source>
        <translation>Die Dauer war:</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="247"/>
        <source>Came down early?…</source>
        <translation>Früher herausgekommen?…</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="248"/>
        <source>Tell when you came down, if you got up before the end</source>
        <translation>Gib an, wann du herausgekommen bist, falls du vor dem Ende aufgestanden bist</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="285"/>
        <source>Available when the seated pause ends</source>
        <translation>Verfügbar, sobald die Sitzpause endet</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="296"/>
        <source>Time in the pose: %1</source>
        <translation>Zeit in der Haltung: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="298"/>
        <source>Hold: %1 of %2 planned</source>
        <translation>Haltezeit: %1 von %2 geplant</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="304"/>
        <source>Tingling ended this hold: make your next one shorter.</source>
        <translation>Das Kribbeln hat diese Haltezeit beendet: Mach die nächste kürzer.</translation>
    </message>
</context>
<context>
    <name>EarlyReportDialog</name>
    <message>
        <location filename="../ui/history/early_report.py" line="22"/>
        <source>Came down early</source>
        <translation>Früher herausgekommen</translation>
    </message>
    <message>
        <location filename="../ui/history/early_report.py" line="27"/>
        <source>If you came down before the end, say when, so that your history shows what really happened.</source>
        <translation>Wenn du vor dem Ende herausgekommen bist, sag, wann – damit dein Verlauf zeigt, was wirklich war.</translation>
    </message>
    <message>
        <location filename="../ui/history/early_report.py" line="37"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/history/early_report.py" line="38"/>
        <source>Minutes in the pose before coming down</source>
        <translation>Minuten in der Haltung vor dem Herauskommen</translation>
    </message>
    <message>
        <location filename="../ui/history/early_report.py" line="39"/>
        <source>&amp;After about:</source>
        <translation>&amp;Nach etwa:</translation>
    </message>
    <message>
        <location filename="../ui/history/early_report.py" line="40"/>
        <source>&amp;Tingling or numbness</source>
        <translation>&amp;Kribbeln oder Taubheit</translation>
    </message>
    <message>
        <location filename="../ui/history/early_report.py" line="41"/>
        <source>A&amp;nother reason</source>
        <translation>Anderer &amp;Grund</translation>
    </message>
    <message>
        <location filename="../ui/history/early_report.py" line="46"/>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <location filename="../ui/history/early_report.py" line="49"/>
        <source>After tingling, keep your next hold shorter.</source>
        <translation>Nach Kribbeln wähle beim nächsten Mal eine kürzere Haltezeit.</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <location filename="../ui/session/pages/entry.py" line="40"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/entry.py" line="44"/>
        <source>Show all steps on one page</source>
        <translation>Alle Schritte auf einer Seite zeigen</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/entry.py" line="45"/>
        <location filename="../ui/session/pages/entry.py" line="69"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/entry.py" line="46"/>
        <location filename="../ui/session/pages/entry.py" line="147"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/entry.py" line="63"/>
        <source>The steps at a glance</source>
        <translation>Die Schritte im Überblick</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/entry.py" line="68"/>
        <source>Show step by step</source>
        <translation>Schritt für Schritt zeigen</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/entry.py" line="70"/>
        <location filename="../ui/session/pages/entry.py" line="147"/>
        <source>Begin</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/entry.py" line="85"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/entry.py" line="138"/>
        <source>Getting into the pose: step %1 of %2</source>
        <translation>In die Haltung kommen: Schritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>ExitPage</name>
    <message>
        <location filename="../ui/session/pages/timed.py" line="183"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="187"/>
        <source>Time until the next step</source>
        <translation>Zeit bis zum nächsten Schritt</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="188"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="200"/>
        <source>Coming down slowly: step %1 of %2</source>
        <translation>Langsam herauskommen: Schritt %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="210"/>
        <source>Seated pause in %1</source>
        <translation>Sitzpause in %1</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="210"/>
        <source>Next step in %1</source>
        <translation>Nächster Schritt in %1</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../ui/help/feature.py" line="39"/>
        <source>About Viparita</source>
        <translation>Über Viparita</translation>
    </message>
    <message>
        <location filename="../ui/help/feature.py" line="40"/>
        <source>Viparita %1
A calm guide to legs up the wall.</source>
        <translation>Viparita %1
Eine ruhige Anleitung für „Beine an der Wand“.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../ui/history/view.py" line="47"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="56"/>
        <source>Streak</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="55"/>
        <source>Total time</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="61"/>
        <source>Last session</source>
        <translation>Letzte Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="63"/>
        <source>Minutes a day, last four weeks</source>
        <translation>Minuten pro Tag, letzte vier Wochen</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="69"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="70"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="71"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="72"/>
        <source>In the pose</source>
        <translation>In der Haltung</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="73"/>
        <source>Ended</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="74"/>
        <source>Length was</source>
        <translation>Dauer war</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="77"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="84"/>
        <source>No sessions yet. They appear here as you practise.</source>
        <translation>Noch keine Sitzungen. Sie erscheinen hier, sobald du übst.</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="86"/>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="87"/>
        <source>C&amp;lear history…</source>
        <translation>&amp;Verlauf löschen…</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="88"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="100"/>
        <source>1 day in a row</source>
        <translation>1 Tag in Folge</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="100"/>
        <source>%1 days in a row</source>
        <translation>%1 Tage in Folge</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="104"/>
        <source>Last session: %1</source>
        <translation>Letzte Sitzung: %1</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="107"/>
        <source>%1 in the pose, 1 session</source>
        <translation>%1 in der Haltung, 1 Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="109"/>
        <source>%1 in the pose, %2 sessions</source>
        <translation>%1 in der Haltung, %2 Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="120"/>
        <source>(told)</source>
        <translation>(nachgetragen)</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="140"/>
        <location filename="../ui/history/view.py" line="150"/>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="140"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="152"/>
        <source>The history could not be written to %1: %2</source>
        <translation>Der Verlauf konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="164"/>
        <source>Clear history</source>
        <translation>Verlauf löschen</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="165"/>
        <source>Delete every session from the history? This cannot be undone.</source>
        <translation>Alle Sitzungen aus dem Verlauf löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="169"/>
        <source>&amp;Delete all</source>
        <translation>Alle &amp;löschen</translation>
    </message>
</context>
<context>
    <name>HistoryFeature</name>
    <message>
        <location filename="../ui/history/feature.py" line="112"/>
        <source>This will be session %1 today. Once or twice a day is plenty: regular, daily practice matters more than one long session.</source>
        <translation>Das wird heute deine %1. Sitzung. Ein- oder zweimal am Tag ist reichlich: Regelmäßiges, tägliches Üben zählt mehr als eine lange Sitzung.</translation>
    </message>
    <message>
        <location filename="../ui/history/feature.py" line="117"/>
        <location filename="../ui/history/feature.py" line="142"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/history/feature.py" line="141"/>
        <source>The history could not be saved (%1). Sessions go on as usual.</source>
        <translation>Der Verlauf konnte nicht gespeichert werden (%1). Die Sitzungen laufen wie gewohnt weiter.</translation>
    </message>
</context>
<context>
    <name>HistoryNotice</name>
    <message>
        <location filename="../__main__.py" line="199"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../__main__.py" line="204"/>
        <source>The history cannot be opened (%1). Sessions work as usual.</source>
        <translation>Der Verlauf kann nicht geöffnet werden (%1). Sitzungen funktionieren wie gewohnt.</translation>
    </message>
    <message>
        <location filename="../__main__.py" line="210"/>
        <source>The history could not be read, so a new one was started. The old file was kept as %1.</source>
        <translation>Der Verlauf konnte nicht gelesen werden, daher wurde ein neuer begonnen. Die alte Datei wurde als %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>HoldPage</name>
    <message>
        <location filename="../ui/session/pages/timed.py" line="93"/>
        <source>Breath</source>
        <translation>Atem</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="97"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="109"/>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="111"/>
        <source>left in the pose</source>
        <translation>noch in der Haltung</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="117"/>
        <location filename="../ui/session/pages/timed.py" line="174"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="119"/>
        <source>+1 minute</source>
        <translation>+1 Minute</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="119"/>
        <source>Add one minute</source>
        <translation>Eine Minute hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="121"/>
        <source>Come down now</source>
        <translation>Jetzt herauskommen</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="123"/>
        <source>Tingling or numbness</source>
        <translation>Kribbeln oder Taubheit</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="127"/>
        <source>I came down already…</source>
        <translation>Ich bin schon herausgekommen…</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="128"/>
        <source>Tell when you came down, if you got up without the computer</source>
        <translation>Gib an, wann du herausgekommen bist, falls du ohne den Computer aufgestanden bist</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="145"/>
        <source>%1, 1 second</source>
        <translation>%1, 1 Sekunde</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="145"/>
        <source>%1, %2 seconds</source>
        <translation>%1, %2 Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="163"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="174"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../ui/shell/keys.py" line="32"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../ui/shell/keys.py" line="33"/>
        <source>Previous step, or back to the start</source>
        <translation>Vorheriger Schritt oder zurück zum Anfang</translation>
    </message>
    <message>
        <location filename="../ui/shell/keys.py" line="34"/>
        <source>Start, or Begin from the summary</source>
        <translation>Starten, oder Beginnen aus der Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/shell/keys.py" line="35"/>
        <source>Pause or go on</source>
        <translation>Pausieren oder weitermachen</translation>
    </message>
    <message>
        <location filename="../ui/shell/keys.py" line="36"/>
        <source>One more minute in the pose</source>
        <translation>Eine Minute länger in der Haltung</translation>
    </message>
    <message>
        <location filename="../ui/shell/keys.py" line="39"/>
        <source>Come down now: the way down and the seated pause follow</source>
        <translation>Jetzt herauskommen: der Weg nach unten und die Sitzpause folgen</translation>
    </message>
    <message>
        <location filename="../ui/shell/keys.py" line="43"/>
        <source>Tingling or numbness: come down now, shaking out your legs first</source>
        <translation>Kribbeln oder Taubheit: jetzt herauskommen und zuerst die Beine ausschütteln</translation>
    </message>
    <message>
        <location filename="../ui/shell/keys.py" line="46"/>
        <source>Finish, once the seated pause is over</source>
        <translation>Abschließen, sobald die Sitzpause vorbei ist</translation>
    </message>
    <message>
        <location filename="../ui/shell/keys.py" line="48"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/shell/keys.py" line="49"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/shell/keys.py" line="50"/>
        <source>Safety information</source>
        <translation>Sicherheitshinweise</translation>
    </message>
    <message>
        <location filename="../ui/shell/keys.py" line="51"/>
        <source>This list of keyboard shortcuts</source>
        <translation>Diese Liste der Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/shell/keys.py" line="52"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../ui/shell/keys.py" line="55"/>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <location filename="../ui/shell/keys.py" line="56"/>
        <source>Start screen and getting into the pose</source>
        <translation>Startseite und in die Haltung kommen</translation>
    </message>
    <message>
        <location filename="../ui/shell/keys.py" line="57"/>
        <source>Settling and the hold</source>
        <translation>Ankommen und Halten</translation>
    </message>
    <message>
        <location filename="../ui/shell/keys.py" line="58"/>
        <source>Coming down</source>
        <translation>Herauskommen</translation>
    </message>
    <message>
        <location filename="../ui/shell/keys.py" line="59"/>
        <source>Seated pause</source>
        <translation>Sitzpause</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/window.py" line="51"/>
        <source>Not medical advice</source>
        <translation>Kein medizinischer Rat</translation>
    </message>
</context>
<context>
    <name>MinutesChart</name>
    <message>
        <location filename="../ui/history/chart.py" line="21"/>
        <source>Minutes per day, last four weeks</source>
        <translation>Minuten pro Tag, letzte vier Wochen</translation>
    </message>
    <message>
        <location filename="../ui/history/chart.py" line="33"/>
        <source>%1 minutes on %2 of the last %3 days</source>
        <translation>%1 Minuten an %2 der letzten %3 Tage</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../ui/shell/notice.py" line="23"/>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>PosePage</name>
    <message>
        <location filename="../ui/session/pages/pose.py" line="22"/>
        <location filename="../ui/session/pages/pose.py" line="57"/>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/pose.py" line="23"/>
        <source>Pose</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/pose.py" line="27"/>
        <source>The pose after this one</source>
        <translation>Die Haltung danach</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/pose.py" line="30"/>
        <location filename="../ui/session/pages/pose.py" line="68"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/pose.py" line="32"/>
        <source>+1 minute</source>
        <translation>+1 Minute</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/pose.py" line="32"/>
        <source>Add one minute</source>
        <translation>Eine Minute hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/pose.py" line="35"/>
        <location filename="../ui/session/pages/pose.py" line="66"/>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/pose.py" line="45"/>
        <source>Pose %1 of %2: %3</source>
        <translation>Haltung %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/pose.py" line="49"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/pose.py" line="51"/>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/pose.py" line="57"/>
        <source>Time until the pose begins</source>
        <translation>Zeit bis zum Beginn der Haltung</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/pose.py" line="60"/>
        <source>The last pose</source>
        <translation>Die letzte Haltung</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/pose.py" line="62"/>
        <source>Then: %1</source>
        <translation>Danach: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/pose.py" line="66"/>
        <source>Next pose</source>
        <translation>Nächste Haltung</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/pose.py" line="68"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>PracticeSection</name>
    <message>
        <location filename="../ui/prefs/practice.py" line="76"/>
        <source>Hold plan</source>
        <translation>Halteplan</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="79"/>
        <source>Su&amp;ggest each hold from how the last one went</source>
        <translation>&amp;Jede Haltezeit danach vorschlagen, wie die letzte war</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="82"/>
        <source>Starts short and grows a minute or two after a hold that was just right or too short; shorter after tingling.</source>
        <translation>Beginnt kurz und wird nach einer Haltezeit, die genau richtig oder zu kurz war, ein bis zwei Minuten länger; nach Kribbeln kürzer.</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="86"/>
        <source>Target hold in minutes</source>
        <translation>Ziel-Haltezeit in Minuten</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="88"/>
        <source>Grow up to:</source>
        <translation>Steigern bis:</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="92"/>
        <source>Bedtime wind-down</source>
        <translation>Abendruhe</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="95"/>
        <source>Remind me to &amp;wind down before bedtime</source>
        <translation>Erinnere mich, vor dem Schlafengehen zur &amp;Ruhe zu kommen</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="96"/>
        <source>Bedtime</source>
        <translation>Schlafenszeit</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="97"/>
        <source>Minutes before bedtime</source>
        <translation>Minuten vor der Schlafenszeit</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="99"/>
        <source>B&amp;edtime:</source>
        <translation>Sc&amp;hlafenszeit:</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="100"/>
        <source>&amp;How long before:</source>
        <translation>&amp;Wie lange vorher:</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="104"/>
        <source>Work breaks</source>
        <translation>Arbeitspausen</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="107"/>
        <source>Remind me to take brea&amp;ks while I work</source>
        <translation>Erinnere mich an Pa&amp;usen während der Arbeit</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="111"/>
        <source>Minutes of work before a break</source>
        <translation>Arbeitsminuten vor einer Pause</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="112"/>
        <source> min of work</source>
        <translation> min Arbeit</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="117"/>
        <source>Breaks offered a day at most</source>
        <translation>Höchstens so viele Pausen am Tag</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="118"/>
        <source> breaks</source>
        <translation> Pausen</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="123"/>
        <source>Minutes away that count as a break</source>
        <translation>Minuten Abwesenheit, die als Pause zählen</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="124"/>
        <source> min away counts as a break</source>
        <translation> min weg zählen als Pause</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="134"/>
        <source>&amp;Break after:</source>
        <translation>Pause na&amp;ch:</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="135"/>
        <source>At most, a da&amp;y:</source>
        <translation>Höchstens, a&amp;m Tag:</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="136"/>
        <source>A pause of:</source>
        <translation>Eine Unterbrechung von:</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="143"/>
        <source>Every reminder waits while</source>
        <translation>Jede Erinnerung wartet, solange</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="146"/>
        <source>A window is full screen</source>
        <translation>ein Fenster im Vollbild ist</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="147"/>
        <source>Do not disturb is on</source>
        <translation>„Nicht stören“ an ist</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="148"/>
        <source>A &amp;call is on</source>
        <translation>ein &amp;Anruf läuft</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="126"/>
        <source>Working hours start</source>
        <translation>Beginn der Arbeitszeit</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="127"/>
        <source>Working hours end</source>
        <translation>Ende der Arbeitszeit</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="130"/>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="137"/>
        <source>Fr&amp;om:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="138"/>
        <source>On:</source>
        <translation>An:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/prefs/practice.py" line="61"/>
        <source>A reminder offers to start now, to ask again in %n minutes, or to skip the rest of the day. Reminders stay quiet during a session.</source>
        <translation>
            <numerusform>Eine Erinnerung bietet an, jetzt zu starten, in %n Minute erneut zu fragen oder den Rest des Tages auszulassen. Während einer Sitzung bleiben Erinnerungen still.</numerusform>
            <numerusform>Eine Erinnerung bietet an, jetzt zu starten, in %n Minuten erneut zu fragen oder den Rest des Tages auszulassen. Während einer Sitzung bleiben Erinnerungen still.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/prefs/dialog.py" line="45"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="66"/>
        <source>Profile to edit</source>
        <translation>Zu bearbeitendes Profil</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="67"/>
        <source>Pro&amp;file:</source>
        <translation>Pro&amp;fil:</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="69"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="70"/>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="72"/>
        <source>Restore buil&amp;t-in</source>
        <translation>Ori&amp;ginal wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="72"/>
        <source>Back to this built-in profile&apos;s defaults</source>
        <translation>Dieses mitgelieferte Profil auf seine Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="81"/>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="82"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="85"/>
        <source>Name error</source>
        <translation>Fehler beim Namen</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="96"/>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="97"/>
        <source>So&amp;und</source>
        <translation>&amp;Klang</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="98"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="99"/>
        <source>Pract&amp;ice</source>
        <translation>&amp;Praxis</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="100"/>
        <source>Startu&amp;p</source>
        <translation>Programms&amp;tart</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="106"/>
        <source>&amp;Reset to defaults</source>
        <translation>Alles &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="107"/>
        <source>All profiles and settings back to how they came. Cancel undoes it.</source>
        <translation>Alle Profile und Einstellungen zurück in den Auslieferungszustand. „Abbrechen“ macht es rückgängig.</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="176"/>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="179"/>
        <source>Another profile already has this name.</source>
        <translation>Ein anderes Profil hat bereits diesen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="198"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="259"/>
        <source>Start at login could not be changed in %1: %2</source>
        <translation>Der Start bei der Anmeldung konnte in %1 nicht geändert werden: %2</translation>
    </message>
</context>
<context>
    <name>PreferencesFeature</name>
    <message>
        <location filename="../ui/prefs/feature.py" line="68"/>
        <source>Your preferences could not be read, so the defaults are in use. The old file was kept as %1.</source>
        <translation>Deine Einstellungen konnten nicht gelesen werden, daher gelten die Standardwerte. Die alte Datei wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/prefs/feature.py" line="73"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PreferencesNotice</name>
    <message>
        <location filename="../ui/prefs/feature.py" line="30"/>
        <source>Your changes are kept only until Viparita closes: %1 is read-only, so they cannot be saved. Make it writable to keep them.</source>
        <translation>Deine Änderungen gelten nur, bis Viparita sich schließt: %1 ist schreibgeschützt, daher können sie nicht gespeichert werden. Mach es beschreibbar, um sie zu behalten.</translation>
    </message>
    <message>
        <location filename="../ui/prefs/feature.py" line="35"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <location filename="../ui/shell/quitting.py" line="71"/>
        <source>A session is running. Come down slowly before Viparita closes?</source>
        <translation>Eine Sitzung läuft. Langsam herauskommen, bevor Viparita sich schließt?</translation>
    </message>
    <message>
        <location filename="../ui/shell/quitting.py" line="73"/>
        <source>Come down now</source>
        <translation>Jetzt herauskommen</translation>
    </message>
    <message>
        <location filename="../ui/shell/quitting.py" line="74"/>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <location filename="../ui/shell/quitting.py" line="93"/>
        <source>Please stay seated until the pause is over. Viparita will close by itself when it ends.</source>
        <translation>Bitte bleib sitzen, bis die Pause vorbei ist. Viparita schließt sich danach von selbst.</translation>
    </message>
</context>
<context>
    <name>ReminderOffers</name>
    <message numerus="yes">
        <location filename="../ui/reminders/offers.py" line="54"/>
        <source>&amp;Later (in %n minutes)</source>
        <translation>
            <numerusform>&amp;Später (in %n Minute)</numerusform>
            <numerusform>&amp;Später (in %n Minuten)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reminders/offers.py" line="57"/>
        <source>S&amp;kip today</source>
        <translation>&amp;Heute auslassen</translation>
    </message>
    <message>
        <location filename="../ui/reminders/offers.py" line="87"/>
        <source>&amp;Start now: %1</source>
        <translation>&amp;Jetzt starten: %1</translation>
    </message>
    <message>
        <location filename="../ui/reminders/offers.py" line="94"/>
        <source>Click here, or open the tray menu, to start, wait or skip today.</source>
        <translation>Klicke hier oder öffne das Menü in der Systemleiste, um zu starten, zu warten oder heute auszulassen.</translation>
    </message>
</context>
<context>
    <name>ReminderPrompt</name>
    <message>
        <location filename="../ui/reminders/prompt.py" line="37"/>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location filename="../ui/reminders/prompt.py" line="38"/>
        <source>Reminder message</source>
        <translation>Erinnerungstext</translation>
    </message>
    <message>
        <location filename="../ui/reminders/prompt.py" line="39"/>
        <source>&amp;Start now</source>
        <translation>&amp;Jetzt starten</translation>
    </message>
    <message>
        <location filename="../ui/reminders/prompt.py" line="41"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reminders/prompt.py" line="42"/>
        <source>Ask again in %n minutes</source>
        <translation>
            <numerusform>In %n Minute erneut fragen</numerusform>
            <numerusform>In %n Minuten erneut fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reminders/prompt.py" line="43"/>
        <source>Later, in %n minutes</source>
        <translation>
            <numerusform>Später, in %n Minute</numerusform>
            <numerusform>Später, in %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reminders/prompt.py" line="45"/>
        <source>S&amp;kip today</source>
        <translation>&amp;Heute auslassen</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <location filename="../ui/routines/editor.py" line="51"/>
        <location filename="../ui/routines/editor.py" line="74"/>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="75"/>
        <source>R&amp;outines:</source>
        <translation>&amp;Routinen:</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="77"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="78"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="79"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="91"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="92"/>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="95"/>
        <source>Poses, in order</source>
        <translation>Haltungen in Reihenfolge</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="96"/>
        <source>&amp;Poses, in order:</source>
        <translation>&amp;Haltungen in Reihenfolge:</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="109"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="110"/>
        <source>Dura&amp;tion:</source>
        <translation>Da&amp;uer:</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="112"/>
        <source>Move &amp;up</source>
        <translation>Nach o&amp;ben</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="113"/>
        <source>Move do&amp;wn</source>
        <translation>Nach un&amp;ten</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="114"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="123"/>
        <source>Pose to add</source>
        <translation>Hinzuzufügende Haltung</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="127"/>
        <source>&amp;Add</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="128"/>
        <source>Add a pose:</source>
        <translation>Haltung hinzufügen:</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="100"/>
        <source>Total time</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="102"/>
        <source>About this routine</source>
        <translation>Über diese Routine</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="151"/>
        <location filename="../ui/routines/editor.py" line="173"/>
        <source>My routine</source>
        <translation>Meine Routine</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="180"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="215"/>
        <source>The built-in routine stays as it is: duplicate it to make your own.</source>
        <translation>Die mitgelieferte Routine bleibt, wie sie ist: Dupliziere sie, um deine eigene zu erstellen.</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="219"/>
        <source>Legs up the wall is in every routine, and a seated pause of at least %1 always follows it.</source>
        <translation>„Beine an der Wand“ ist Teil jeder Routine, und danach folgt immer eine Sitzpause von mindestens %1.</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="234"/>
        <source>%1. %2, %3</source>
        <translation>%1. %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="241"/>
        <source>%1 in all</source>
        <translation>%1 insgesamt</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="272"/>
        <source>The seated pause after legs up the wall stays in every routine</source>
        <translation>Die Sitzpause nach „Beine an der Wand“ bleibt in jeder Routine</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <location filename="../ui/help/safety.py" line="15"/>
        <source>Safety information</source>
        <translation>Sicherheitshinweise</translation>
    </message>
    <message>
        <location filename="../ui/help/safety.py" line="18"/>
        <source>Do not do this pose if you have</source>
        <translation>Übe diese Haltung nicht bei</translation>
    </message>
    <message>
        <location filename="../ui/help/safety.py" line="19"/>
        <source>Only with your physician&apos;s clearance</source>
        <translation>Nur mit ärztlicher Freigabe</translation>
    </message>
    <message>
        <location filename="../ui/help/safety.py" line="20"/>
        <source>Take care</source>
        <translation>Vorsicht</translation>
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <location filename="../ui/session/pages/screening.py" line="43"/>
        <source>Before you begin</source>
        <translation>Bevor du beginnst</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/screening.py" line="47"/>
        <source>Legs up the wall is a gentle inversion: your legs rest higher than your heart. For a few conditions that matters, so please read this once.</source>
        <translation>„Beine an der Wand“ ist eine sanfte Umkehrhaltung: Deine Beine liegen höher als dein Herz. In einigen gesundheitlichen Situationen ist das wichtig, deshalb lies dies bitte einmal durch.</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/screening.py" line="52"/>
        <source>Do not do this pose if you have</source>
        <translation>Übe diese Haltung nicht bei</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/screening.py" line="53"/>
        <source>Do not do this pose if</source>
        <translation>Übe diese Haltung nicht bei</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/screening.py" line="55"/>
        <source>Only with your physician&apos;s clearance</source>
        <translation>Nur mit ärztlicher Freigabe</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/screening.py" line="57"/>
        <source>Only with a physician&apos;s clearance</source>
        <translation>Nur mit ärztlicher Freigabe</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/screening.py" line="59"/>
        <location filename="../ui/session/pages/screening.py" line="60"/>
        <source>Take care</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/screening.py" line="73"/>
        <source>I have neither glaucoma nor a detached retina</source>
        <translation>Ich habe weder ein Glaukom noch eine Netzhautablösung</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/screening.py" line="78"/>
        <source>None of the conditions needing a physician&apos;s clearance applies to me, or my physician has cleared me</source>
        <translation>Keiner der Punkte, für die eine ärztliche Freigabe nötig ist, trifft auf mich zu, oder ich habe die ärztliche Freigabe</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/screening.py" line="88"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/screening.py" line="90"/>
        <source>I have glaucoma or a detached retina</source>
        <translation>Ich habe ein Glaukom oder eine Netzhautablösung</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/screening.py" line="94"/>
        <source>I need my physician&apos;s clearance first</source>
        <translation>Ich brauche zuerst die Freigabe meiner Ärztin oder meines Arztes</translation>
    </message>
</context>
<context>
    <name>SessionSection</name>
    <message>
        <location filename="../ui/prefs/sections.py" line="60"/>
        <location filename="../ui/prefs/sections.py" line="92"/>
        <location filename="../ui/prefs/sections.py" line="94"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="61"/>
        <source>&amp;Hold:</source>
        <translation>&amp;Haltezeit:</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="66"/>
        <source>Start offers the hold you last began with this profile; a hold set here is offered next.</source>
        <translation>Beim Start wird die Haltezeit angeboten, mit der du dieses Profil zuletzt begonnen hast; eine hier eingestellte Haltezeit wird beim nächsten Mal angeboten.</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="76"/>
        <source>Breath pattern</source>
        <translation>Atemmuster</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="80"/>
        <source>&amp;Breath pattern:</source>
        <translation>Atem&amp;muster:</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="91"/>
        <source>In</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="93"/>
        <source>Out</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="97"/>
        <source>Breath in, seconds</source>
        <translation>Einatmen, Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="98"/>
        <source>Hold after breathing in, seconds</source>
        <translation>Halten nach dem Einatmen, Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="99"/>
        <source>Breath out, seconds</source>
        <translation>Ausatmen, Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="100"/>
        <source>Hold after breathing out, seconds</source>
        <translation>Halten nach dem Ausatmen, Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="107"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="82"/>
        <source>Breaths a minute</source>
        <translation>Atemzüge pro Minute</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="84"/>
        <source>Breath pattern warning</source>
        <translation>Hinweis zum Atemmuster</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="118"/>
        <source>Settling time</source>
        <translation>Zeit zum Ankommen</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="119"/>
        <source>Settlin&amp;g time:</source>
        <translation>Zeit z&amp;um Ankommen:</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="120"/>
        <source>Seated pause</source>
        <translation>Sitzpause</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="121"/>
        <source>Never less than %1</source>
        <translation>Nie weniger als %1</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="123"/>
        <source>The seated pause is never shorter than %1.</source>
        <translation>Die Sitzpause ist nie kürzer als %1.</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="122"/>
        <source>S&amp;eated pause:</source>
        <translation>S&amp;itzpause:</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="174"/>
        <source>One breath every %1 s, about %2 breaths a minute</source>
        <translation>Ein Atemzug alle %1 s, etwa %2 Atemzüge pro Minute</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <location filename="../ui/session/status.py" line="23"/>
        <source>%1 %2 – Viparita</source>
        <translation>%1 %2 – Viparita</translation>
    </message>
    <message>
        <location filename="../ui/session/status.py" line="32"/>
        <source>Session done</source>
        <translation>Sitzung beendet</translation>
    </message>
    <message>
        <location filename="../ui/session/status.py" line="34"/>
        <source>%1, paused: %2 left</source>
        <translation>%1, pausiert: noch %2</translation>
    </message>
    <message>
        <location filename="../ui/session/status.py" line="36"/>
        <source>%1: %2 left</source>
        <translation>%1: noch %2</translation>
    </message>
</context>
<context>
    <name>SettlingPage</name>
    <message>
        <location filename="../ui/session/pages/timed.py" line="68"/>
        <source>Time until the hold begins</source>
        <translation>Zeit bis zum Beginn der Haltezeit</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="69"/>
        <location filename="../ui/session/pages/timed.py" line="85"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="71"/>
        <source>Start the hold now</source>
        <translation>Haltezeit jetzt beginnen</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="72"/>
        <source>Come down now</source>
        <translation>Jetzt herauskommen</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="79"/>
        <source>The pose</source>
        <translation>Die Haltung</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="82"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="85"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../ui/help/shortcuts.py" line="16"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/help/shortcuts.py" line="37"/>
        <source>Alt and the underlined letter of a label moves to its field; Tab moves between controls.</source>
        <translation>Alt und der unterstrichene Buchstabe einer Beschriftung springen zu ihrem Feld; Tab wechselt zwischen den Bedienelementen.</translation>
    </message>
</context>
<context>
    <name>SoundSection</name>
    <message>
        <location filename="../ui/prefs/sections.py" line="189"/>
        <source>Chimes</source>
        <translation>Klänge</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="198"/>
        <source>Minutes between bells</source>
        <translation>Minuten zwischen den Glockentönen</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="214"/>
        <location filename="../ui/prefs/sections.py" line="220"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="223"/>
        <source>Pre&amp;view</source>
        <translation>An&amp;hören</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="223"/>
        <source>Plays the bowl at this volume</source>
        <translation>Spielt die Klangschale in dieser Lautstärke ab</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="233"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>SoundStatus</name>
    <message>
        <location filename="../ui/session/sound_status.py" line="66"/>
        <source>Chime indicator</source>
        <translation>Klanganzeige</translation>
    </message>
    <message>
        <location filename="../ui/session/sound_status.py" line="67"/>
        <source>Sound status</source>
        <translation>Tonstatus</translation>
    </message>
    <message>
        <location filename="../ui/session/sound_status.py" line="75"/>
        <source>no audio device could be opened</source>
        <translation>kein Audiogerät ließ sich öffnen</translation>
    </message>
    <message>
        <location filename="../ui/session/sound_status.py" line="76"/>
        <source>the sound library is not installed</source>
        <translation>die Audiobibliothek ist nicht installiert</translation>
    </message>
    <message>
        <location filename="../ui/session/sound_status.py" line="77"/>
        <source>the sound player stopped</source>
        <translation>die Tonwiedergabe wurde beendet</translation>
    </message>
    <message>
        <location filename="../ui/session/sound_status.py" line="78"/>
        <source>the audio device is not responding</source>
        <translation>das Audiogerät reagiert nicht</translation>
    </message>
    <message>
        <location filename="../ui/session/sound_status.py" line="79"/>
        <source>the chime files are missing</source>
        <translation>die Klangdateien fehlen</translation>
    </message>
    <message>
        <location filename="../ui/session/sound_status.py" line="80"/>
        <source>the sound player could not start</source>
        <translation>die Tonwiedergabe konnte nicht starten</translation>
    </message>
    <message>
        <location filename="../ui/session/sound_status.py" line="89"/>
        <source>Sound off: %1</source>
        <translation>Ton aus: %1</translation>
    </message>
</context>
<context>
    <name>StartActions</name>
    <message numerus="yes">
        <location filename="../ui/shell/start_menu.py" line="39"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/start_menu.py" line="44"/>
        <location filename="../ui/shell/start_menu.py" line="78"/>
        <source>&amp;Repeat last</source>
        <translation>&amp;Letzte wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/shell/start_menu.py" line="53"/>
        <source>Quick start with %1:</source>
        <translation>Schnellstart mit %1:</translation>
    </message>
    <message>
        <location filename="../ui/shell/start_menu.py" line="74"/>
        <source>&amp;Repeat last: %1, %2</source>
        <translation>&amp;Letzte wiederholen: %1, %2</translation>
    </message>
</context>
<context>
    <name>StartFlow</name>
    <message>
        <location filename="../ui/session/start_flow.py" line="236"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../ui/session/pages/start.py" line="73"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="74"/>
        <source>Alt+F</source>
        <translation>Alt+F</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="75"/>
        <source>Pro&amp;file:</source>
        <translation>Pro&amp;fil:</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="77"/>
        <source>Preferences…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="55"/>
        <source>The routine&apos;s poses</source>
        <translation>Die Haltungen der Routine</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="58"/>
        <source>How long would you like to stay?</source>
        <translation>Wie lange möchtest du bleiben?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/pages/start.py" line="88"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/pages/start.py" line="88"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="94"/>
        <source>or type e.g. 7m30s</source>
        <translation>oder tippe z. B. 7m30s</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="95"/>
        <source>Custom hold</source>
        <translation>Eigene Haltezeit</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="98"/>
        <source>From %1 to %2: 7, 7m, 90s or 1m30s</source>
        <translation>Von %1 bis %2: 7, 7m, 90s oder 1m30s</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="108"/>
        <source>Hold error</source>
        <translation>Fehler bei der Haltezeit</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="110"/>
        <source>Hold plan</source>
        <translation>Halteplan</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="61"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="257"/>
        <source>Type a time from %1 to %2, like 7m30s.</source>
        <translation>Gib eine Zeit von %1 bis %2 ein, z. B. 7m30s.</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="63"/>
        <source>Test sound</source>
        <translation>Ton testen</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="63"/>
        <source>Plays the bowl at the current volume</source>
        <translation>Spielt die Klangschale in der aktuellen Lautstärke ab</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="126"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="127"/>
        <source>Alt+R: the pose alone, or a sequence of poses around it</source>
        <translation>Alt+R: die Haltung allein oder eingebettet in eine Abfolge von Haltungen</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="130"/>
        <source>&amp;Routine:</source>
        <translation>&amp;Routine:</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="128"/>
        <source>Edit routines…</source>
        <translation>Routinen bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="133"/>
        <source>Variation</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="134"/>
        <source>Alt+V: how your legs rest in the pose</source>
        <translation>Alt+V: wie deine Beine in der Haltung ruhen</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="137"/>
        <source>&amp;Variation:</source>
        <translation>&amp;Variante:</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="159"/>
        <source>Legs up the wall alone</source>
        <translation>Nur Beine an der Wand</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="169"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="179"/>
        <source>%1 in all</source>
        <translation>%1 insgesamt</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="201"/>
        <source>Rest your legs and slow your breath. The app guides you by sound.</source>
        <translation>Lass deine Beine ruhen und deinen Atem langsamer werden. Die App führt dich mit Klängen.</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="252"/>
        <source>Hold: %1</source>
        <translation>Haltezeit: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="270"/>
        <source>Choose how long to stay first.</source>
        <translation>Wähle zuerst, wie lange du bleiben möchtest.</translation>
    </message>
</context>
<context>
    <name>StartupSection</name>
    <message>
        <location filename="../ui/prefs/startup.py" line="17"/>
        <source>All profiles</source>
        <translation>Alle Profile</translation>
    </message>
    <message>
        <location filename="../ui/prefs/startup.py" line="19"/>
        <source>Show an icon in the s&amp;ystem tray</source>
        <translation>Symbol in der S&amp;ystemleiste anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/prefs/startup.py" line="21"/>
        <source>Quick starts from the tray. Closing the window keeps Viparita there.</source>
        <translation>Schnellstarts über die Systemleiste. Wenn du das Fenster schließt, bleibt Viparita dort.</translation>
    </message>
    <message>
        <location filename="../ui/prefs/startup.py" line="23"/>
        <source>Start &amp;hidden in the tray, without the window</source>
        <translation>&amp;Versteckt in der Systemleiste starten, ohne Fenster</translation>
    </message>
    <message>
        <location filename="../ui/prefs/startup.py" line="24"/>
        <source>Start Viparita at lo&amp;gin</source>
        <translation>Viparita &amp;bei der Anmeldung starten</translation>
    </message>
    <message>
        <location filename="../ui/prefs/startup.py" line="27"/>
        <source>This desktop shows no system tray, so closing the window quits Viparita. On GNOME, the AppIndicator extension adds a tray.</source>
        <translation>Diese Arbeitsumgebung zeigt keine Systemleiste, daher beendet das Schließen des Fensters Viparita. Unter GNOME fügt die Erweiterung AppIndicator eine Systemleiste hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/prefs/startup.py" line="31"/>
        <source>No system tray</source>
        <translation>Keine Systemleiste</translation>
    </message>
    <message>
        <location filename="../ui/prefs/startup.py" line="34"/>
        <source>Start at login error</source>
        <translation>Fehler beim Start bei der Anmeldung</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../ui/shell/tray.py" line="86"/>
        <location filename="../ui/shell/tray.py" line="177"/>
        <source>P&amp;ause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../ui/shell/tray.py" line="88"/>
        <source>&amp;Come down now</source>
        <translation>Jetzt &amp;herauskommen</translation>
    </message>
    <message>
        <location filename="../ui/shell/tray.py" line="90"/>
        <source>&amp;Tingling or numbness</source>
        <translation>&amp;Kribbeln oder Taubheit</translation>
    </message>
    <message>
        <location filename="../ui/shell/tray.py" line="69"/>
        <source>&amp;Open Viparita</source>
        <translation>Viparita ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/shell/tray.py" line="165"/>
        <source>Viparita is still running in the tray, and any session goes on. Choose Quit in the tray menu to close it.</source>
        <translation>Viparita läuft in der Systemleiste weiter, und eine laufende Sitzung geht weiter. Wähle „Beenden“ im Menü der Systemleiste, um Viparita zu schließen.</translation>
    </message>
    <message>
        <location filename="../ui/shell/tray.py" line="177"/>
        <source>&amp;Resume</source>
        <translation>Fort&amp;setzen</translation>
    </message>
</context>
<context>
    <name>breath</name>
    <message>
        <location filename="../core/breathing.py" line="22"/>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <location filename="../core/breathing.py" line="23"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location filename="../core/breathing.py" line="24"/>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <location filename="../core/breathing.py" line="25"/>
        <source>Rest</source>
        <translation>Ruhen</translation>
    </message>
</context>
<context>
    <name>cautions</name>
    <message>
        <location filename="../core/cautions.py" line="17"/>
        <source>Glaucoma</source>
        <translation>Glaukom (Grüner Star)</translation>
    </message>
    <message>
        <location filename="../core/cautions.py" line="18"/>
        <source>A detached retina</source>
        <translation>Netzhautablösung</translation>
    </message>
    <message>
        <location filename="../core/cautions.py" line="20"/>
        <source>An inversion raises the pressure in the eyes. Please talk to an eye specialist.</source>
        <translation>Eine Umkehrhaltung erhöht den Druck in den Augen. Bitte sprich mit einer Augenärztin oder einem Augenarzt.</translation>
    </message>
    <message>
        <location filename="../core/cautions.py" line="27"/>
        <source>High blood pressure that is not yet treated or controlled</source>
        <translation>Bluthochdruck, der noch nicht behandelt oder gut eingestellt ist</translation>
    </message>
    <message>
        <location filename="../core/cautions.py" line="39"/>
        <source>A hernia, including a hiatal hernia</source>
        <translation>Ein Bruch (Hernie), auch ein Zwerchfellbruch (Hiatushernie)</translation>
    </message>
    <message>
        <location filename="../core/cautions.py" line="40"/>
        <source>Active deep-vein thrombosis or a clotting disorder</source>
        <translation>Eine akute tiefe Venenthrombose oder eine Blutgerinnungsstörung</translation>
    </message>
    <message>
        <location filename="../core/cautions.py" line="28"/>
        <source>A heart condition, including heart failure</source>
        <translation>Eine Herzerkrankung, auch Herzschwäche (Herzinsuffizienz)</translation>
    </message>
    <message>
        <location filename="../core/cautions.py" line="29"/>
        <source>Kidney failure, liver failure or cirrhosis, or any other condition that keeps extra fluid in your body</source>
        <translation>Nierenversagen, Leberversagen oder Leberzirrhose oder eine andere Erkrankung, bei der sich Wasser im Körper einlagert</translation>
    </message>
    <message>
        <location filename="../core/cautions.py" line="34"/>
        <source>Pregnancy. Later in pregnancy, avoid lying flat on your back: ask about a version with your hips raised and your upper body upright.</source>
        <translation>Schwangerschaft. Später in der Schwangerschaft nicht flach auf dem Rücken liegen: Frag nach einer Variante mit erhöhtem Becken und aufrechtem Oberkörper.</translation>
    </message>
    <message>
        <location filename="../core/cautions.py" line="41"/>
        <source>A recent injury to your lower back or the backs of your thighs</source>
        <translation>Eine frische Verletzung des unteren Rückens oder der Oberschenkelrückseiten</translation>
    </message>
    <message>
        <location filename="../core/cautions.py" line="42"/>
        <source>Any reason to avoid extra blood flow to your head</source>
        <translation>Jeder Grund, eine stärkere Durchblutung des Kopfes zu vermeiden</translation>
    </message>
    <message>
        <location filename="../core/cautions.py" line="47"/>
        <source>Low blood pressure: always sit for a while first, then stand up slowly.</source>
        <translation>Niedriger Blutdruck: Bleib immer erst eine Weile sitzen und steh dann langsam auf.</translation>
    </message>
    <message>
        <location filename="../core/cautions.py" line="50"/>
        <source>Hip or lower-back trouble: put a bolster under your hips, bend your knees, or move further from the wall.</source>
        <translation>Beschwerden an Hüfte oder unterem Rücken: Leg ein Bolster unter dein Becken, beuge die Knie oder rück weiter von der Wand weg.</translation>
    </message>
    <message>
        <location filename="../core/cautions.py" line="55"/>
        <source>On heavy days of your period, you may prefer to skip the pose.</source>
        <translation>An Tagen mit starker Regelblutung lässt du die Haltung vielleicht lieber aus.</translation>
    </message>
    <message>
        <location filename="../core/cautions.py" line="58"/>
        <source>If your feet or legs tingle or go numb, come down at once, shake out your legs, and make your next hold shorter. Never push through it.</source>
        <translation>Wenn deine Füße oder Beine kribbeln oder taub werden, komm sofort aus der Haltung, schüttle die Beine aus und wähle beim nächsten Mal eine kürzere Haltezeit. Halte es nie einfach aus.</translation>
    </message>
    <message>
        <location filename="../core/cautions.py" line="64"/>
        <source>A guide to rest, not medical advice and no substitute for it. New to the pose? Ask a yoga teacher to show it to you first.</source>
        <translation>Eine Anleitung zum Ausruhen, kein medizinischer Rat und kein Ersatz dafür. Neu in dieser Haltung? Lass sie dir zuerst von einer Yogalehrerin oder einem Yogalehrer zeigen.</translation>
    </message>
    <message>
        <location filename="../core/cautions.py" line="77"/>
        <source>Please ask your physician before you try legs up the wall. Once they have cleared you, change your answer in Help, Safety information.</source>
        <translation>Bitte frag deine Ärztin oder deinen Arzt, bevor du die Beine an der Wand ausprobierst. Sobald du die Freigabe hast, ändere deine Antwort unter Hilfe, Sicherheitshinweise.</translation>
    </message>
    <message>
        <location filename="../core/cautions.py" line="85"/>
        <source>Chosen for you because an inversion is not advised. You can review this in Help, Safety information.</source>
        <translation>Für dich ausgewählt, weil von einer Umkehrhaltung abgeraten wird. Du kannst das unter Hilfe, Sicherheitshinweise noch einmal ansehen.</translation>
    </message>
    <message>
        <location filename="../core/cautions.py" line="90"/>
        <source>Chosen for you until your physician has cleared you for legs up the wall. You can change your answer in Help, Safety information.</source>
        <translation>Für dich ausgewählt, bis deine Ärztin oder dein Arzt dir die Beine an der Wand freigegeben hat. Du kannst deine Antwort unter Hilfe, Sicherheitshinweise ändern.</translation>
    </message>
    <message>
        <location filename="../core/cautions.py" line="70"/>
        <source>Viparita will guide you through a supported reclined rest instead: lying on your back on cushions, with your feet raised only a little. The breathing, the chimes and the slow way up are the same.</source>
        <translation>Viparita führt dich stattdessen durch eine gestützte Rückenlage: Du liegst auf dem Rücken auf Kissen, die Füße nur leicht erhöht. Die Atmung, die Klänge und das langsame Aufrichten bleiben gleich.</translation>
    </message>
</context>
<context>
    <name>cues</name>
    <message>
        <location filename="../core/cues.py" line="62"/>
        <source>A bowl when the hold begins</source>
        <translation>Eine Klangschale zu Beginn der Haltezeit</translation>
    </message>
    <message>
        <location filename="../core/cues.py" line="63"/>
        <source>A bell at halfway</source>
        <translation>Eine Glocke zur Halbzeit</translation>
    </message>
    <message>
        <location filename="../core/cues.py" line="64"/>
        <source>A soft bell every %1 minutes</source>
        <translation>Eine leise Glocke alle %1 Minuten</translation>
    </message>
    <message>
        <location filename="../core/cues.py" line="65"/>
        <source>A deep bowl, struck twice, when it is time to come down</source>
        <translation>Eine tiefe Klangschale, zweimal angeschlagen, wenn es Zeit ist herauszukommen</translation>
    </message>
    <message>
        <location filename="../core/cues.py" line="68"/>
        <source>A small bell at each step of coming down</source>
        <translation>Eine kleine Glocke bei jedem Schritt des Herauskommens</translation>
    </message>
    <message>
        <location filename="../core/cues.py" line="69"/>
        <source>A bowl when the seated pause begins</source>
        <translation>Eine Klangschale zu Beginn der Sitzpause</translation>
    </message>
    <message>
        <location filename="../core/cues.py" line="70"/>
        <source>A rising bell when the seated pause is complete</source>
        <translation>Ein aufsteigender Glockenton am Ende der Sitzpause</translation>
    </message>
    <message>
        <location filename="../core/cues.py" line="71"/>
        <source>Breath tones: a soft swell as you breathe in and out</source>
        <translation>Atemtöne: ein sanftes An- und Abschwellen beim Ein- und Ausatmen</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../core/past_sessions.py" line="25"/>
        <source>Too short</source>
        <translation>Zu kurz</translation>
    </message>
    <message>
        <location filename="../core/past_sessions.py" line="26"/>
        <source>Just right</source>
        <translation>Genau richtig</translation>
    </message>
    <message>
        <location filename="../core/past_sessions.py" line="27"/>
        <source>Too long</source>
        <translation>Zu lang</translation>
    </message>
    <message>
        <location filename="../core/past_sessions.py" line="31"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/past_sessions.py" line="32"/>
        <source>Came down early</source>
        <translation>Früher herausgekommen</translation>
    </message>
    <message>
        <location filename="../core/past_sessions.py" line="33"/>
        <source>Tingling or numbness</source>
        <translation>Kribbeln oder Taubheit</translation>
    </message>
    <message>
        <location filename="../core/past_sessions.py" line="34"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location filename="../core/past_sessions.py" line="35"/>
        <source>In progress</source>
        <translation>Läuft noch</translation>
    </message>
</context>
<context>
    <name>pattern</name>
    <message>
        <location filename="../core/profiles.py" line="56"/>
        <source>Calm 4-6</source>
        <translation>Ruhig 4-6</translation>
    </message>
    <message>
        <location filename="../core/profiles.py" line="57"/>
        <source>Deep 4-8</source>
        <translation>Tief 4-8</translation>
    </message>
    <message>
        <location filename="../core/profiles.py" line="60"/>
        <source>Slow 4.5-6.5</source>
        <translation>Langsam 4,5-6,5</translation>
    </message>
    <message>
        <location filename="../core/profiles.py" line="63"/>
        <source>Custom</source>
        <translation>Eigenes</translation>
    </message>
    <message>
        <location filename="../core/profiles.py" line="64"/>
        <source>The breath out is not longer than the breath in. A breath out longer than the breath in is a well-established way to calm the body.</source>
        <translation>Die Ausatmung ist nicht länger als die Einatmung. Eine Ausatmung, die länger ist als die Einatmung, ist ein bewährter Weg, den Körper zu beruhigen.</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <location filename="../core/hold_plan.py" line="29"/>
        <source>A short first hold, to begin with</source>
        <translation>Eine kurze erste Haltezeit für den Anfang</translation>
    </message>
    <message>
        <location filename="../core/hold_plan.py" line="30"/>
        <source>Last time: tingling at %1 min, so a shorter hold</source>
        <translation>Letztes Mal: Kribbeln nach %1 min, daher eine kürzere Haltezeit</translation>
    </message>
    <message>
        <location filename="../core/hold_plan.py" line="31"/>
        <source>Last time: just right at %1 min, so a little longer</source>
        <translation>Letztes Mal: %1 min waren genau richtig, daher etwas länger</translation>
    </message>
    <message>
        <location filename="../core/hold_plan.py" line="32"/>
        <source>Last time: too short at %1 min, so longer</source>
        <translation>Letztes Mal: %1 min waren zu kurz, daher länger</translation>
    </message>
    <message>
        <location filename="../core/hold_plan.py" line="33"/>
        <source>Last time: too long at %1 min, so a little shorter</source>
        <translation>Letztes Mal: %1 min waren zu lang, daher etwas kürzer</translation>
    </message>
    <message>
        <location filename="../core/hold_plan.py" line="34"/>
        <source>Last time: %1 min, not rated, so the same again</source>
        <translation>Letztes Mal: %1 min, nicht bewertet, daher wieder gleich lang</translation>
    </message>
    <message>
        <location filename="../core/hold_plan.py" line="35"/>
        <source>Your target of %1 min</source>
        <translation>Dein Ziel von %1 min</translation>
    </message>
    <message>
        <location filename="../ui/style/text.py" line="52"/>
        <source>Your hold plan suggests %1 min. %2.</source>
        <translation>Dein Halteplan schlägt %1 min vor. %2.</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <location filename="../core/profiles.py" line="112"/>
        <source>Work break</source>
        <translation>Arbeitspause</translation>
    </message>
    <message>
        <location filename="../core/profiles.py" line="113"/>
        <source>Bedtime wind-down</source>
        <translation>Abendruhe</translation>
    </message>
</context>
<context>
    <name>reminder</name>
    <message>
        <location filename="../core/reminders.py" line="68"/>
        <source>Time to wind down</source>
        <translation>Zeit, zur Ruhe zu kommen</translation>
    </message>
    <message>
        <location filename="../core/reminders.py" line="69"/>
        <source>Time for a break</source>
        <translation>Zeit für eine Pause</translation>
    </message>
    <message>
        <location filename="../core/reminders.py" line="72"/>
        <source>Bedtime is getting close. Legs up the wall, dim and quiet, before sleep?</source>
        <translation>Bald ist Schlafenszeit. Noch Beine an der Wand vor dem Schlafen, bei gedämpftem Licht und in Ruhe?</translation>
    </message>
    <message>
        <location filename="../core/reminders.py" line="75"/>
        <source>A few minutes away from the desk, with your legs up the wall?</source>
        <translation>Ein paar Minuten weg vom Schreibtisch, mit den Beinen an der Wand?</translation>
    </message>
    <message>
        <location filename="../core/reminders.py" line="80"/>
        <source>Waiting: the screen is locked</source>
        <translation>Wartet: Der Bildschirm ist gesperrt</translation>
    </message>
    <message>
        <location filename="../core/reminders.py" line="81"/>
        <source>Waiting: a call is on</source>
        <translation>Wartet: Ein Anruf läuft</translation>
    </message>
    <message>
        <location filename="../core/reminders.py" line="82"/>
        <source>Waiting: a window is full screen</source>
        <translation>Wartet: Ein Fenster ist im Vollbild</translation>
    </message>
    <message>
        <location filename="../core/reminders.py" line="83"/>
        <source>Waiting: do not disturb is on</source>
        <translation>Wartet: „Nicht stören“ ist an</translation>
    </message>
    <message>
        <location filename="../core/work_breaks.py" line="217"/>
        <source>Break reminders are off</source>
        <translation>Pausenerinnerungen sind aus</translation>
    </message>
    <message>
        <location filename="../core/work_breaks.py" line="218"/>
        <source>Reminders wait until the session is over</source>
        <translation>Erinnerungen warten, bis die Sitzung vorbei ist</translation>
    </message>
    <message>
        <location filename="../core/work_breaks.py" line="219"/>
        <source>No more breaks offered today</source>
        <translation>Heute werden keine Pausen mehr angeboten</translation>
    </message>
    <message>
        <location filename="../core/work_breaks.py" line="220"/>
        <source>No breaks outside working hours</source>
        <translation>Keine Pausen außerhalb der Arbeitszeit</translation>
    </message>
    <message>
        <location filename="../core/work_breaks.py" line="221"/>
        <source>Next break at %1</source>
        <translation>Nächste Pause um %1</translation>
    </message>
    <message>
        <location filename="../core/work_breaks.py" line="222"/>
        <source>Asking about a break again in %1 min</source>
        <translation>Fragt in %1 min erneut nach einer Pause</translation>
    </message>
    <message>
        <location filename="../core/work_breaks.py" line="224"/>
        <source>Away: break after %1 more min of work</source>
        <translation>Abwesend: Pause nach %1 weiteren Minuten Arbeit</translation>
    </message>
    <message>
        <location filename="../core/work_breaks.py" line="225"/>
        <source>Break after %1 more min of work</source>
        <translation>Pause nach %1 weiteren Minuten Arbeit</translation>
    </message>
    <message>
        <location filename="../core/work_breaks.py" line="228"/>
        <source>This desktop does not say when you are at the keyboard, so breaks come by the clock instead: every %1 min from the start of working hours.</source>
        <translation>Dieser Desktop meldet nicht, wann du an der Tastatur bist, daher kommen Pausen stattdessen nach der Uhr: alle %1 min ab Beginn der Arbeitszeit.</translation>
    </message>
</context>
<context>
    <name>routines</name>
    <message>
        <location filename="../core/routines.py" line="37"/>
        <source>Preparation</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <location filename="../core/routines.py" line="38"/>
        <source>Main pose</source>
        <translation>Haupthaltung</translation>
    </message>
    <message>
        <location filename="../core/routines.py" line="39"/>
        <source>Counter pose</source>
        <translation>Gegenhaltung</translation>
    </message>
    <message>
        <location filename="../core/routines.py" line="40"/>
        <source>Final rest</source>
        <translation>Schlussentspannung</translation>
    </message>
    <message>
        <location filename="../core/routines.py" line="64"/>
        <source>Standing forward bend</source>
        <translation>Stehende Vorwärtsbeuge</translation>
    </message>
    <message>
        <location filename="../core/routines.py" line="65"/>
        <source>Stand with your feet hip-width apart. Soften your knees and fold forward from the hips, letting your head and arms hang. Rest your hands on the floor or your shins. Come up slowly, rolling up through your back.</source>
        <translation>Stell dich mit hüftbreit geöffneten Füßen hin. Beuge die Knie leicht und neige dich aus der Hüfte nach vorn; lass Kopf und Arme hängen. Leg die Hände auf den Boden oder die Schienbeine. Komm langsam hoch und roll dabei den Rücken auf.</translation>
    </message>
    <message>
        <location filename="../core/routines.py" line="79"/>
        <source>Reclining bound angle</source>
        <translation>Liegender gebundener Winkel</translation>
    </message>
    <message>
        <location filename="../core/routines.py" line="80"/>
        <source>Lie on your back and bring the soles of your feet together. Let your knees fall open to the sides, resting on cushions if they do not reach the floor.</source>
        <translation>Leg dich auf den Rücken und bring die Fußsohlen zusammen. Lass die Knie zu den Seiten sinken; leg Kissen darunter, wenn sie den Boden nicht erreichen.</translation>
    </message>
    <message>
        <location filename="../core/routines.py" line="94"/>
        <source>Sit sideways to the wall, lie back and swing your legs up. Breathe slowly, each exhale longer than the inhale.</source>
        <translation>Setz dich seitlich an die Wand, leg dich zurück und schwing die Beine hoch. Atme langsam, jede Ausatmung länger als die Einatmung.</translation>
    </message>
    <message>
        <location filename="../core/routines.py" line="107"/>
        <source>Easy seated pose</source>
        <translation>Einfacher Sitz</translation>
    </message>
    <message>
        <location filename="../core/routines.py" line="108"/>
        <source>Sit cross-legged, upright and at ease, your hands on your knees. Stay seated and breathe quietly: after the inversion your blood pressure needs a moment to settle before you stand.</source>
        <translation>Setz dich mit gekreuzten Beinen hin, aufrecht und entspannt, die Hände auf den Knien. Bleib sitzen und atme ruhig: Nach der Umkehrhaltung braucht dein Blutdruck einen Moment, um sich einzupendeln, bevor du aufstehst.</translation>
    </message>
    <message>
        <location filename="../core/routines.py" line="122"/>
        <source>Corpse pose</source>
        <translation>Totenstellung</translation>
    </message>
    <message>
        <location filename="../core/routines.py" line="123"/>
        <source>Lie flat on your back, legs long and a little apart, arms away from your sides, palms up. Let your whole body grow heavy.</source>
        <translation>Leg dich flach auf den Rücken, die Beine lang und etwas geöffnet, die Arme etwas vom Körper entfernt, die Handflächen nach oben. Lass deinen ganzen Körper schwer werden.</translation>
    </message>
    <message>
        <location filename="../core/routines.py" line="170"/>
        <source>Restorative sequence</source>
        <translation>Restorative Abfolge</translation>
    </message>
    <message>
        <location filename="../core/routines.py" line="201"/>
        <source>Lie on your back with a cushion under your head and your feet raised a little on cushions. Breathe slowly, each exhale longer than the inhale.</source>
        <translation>Leg dich auf den Rücken, ein Kissen unter dem Kopf, die Füße auf Kissen leicht erhöht. Atme langsam, jede Ausatmung länger als die Einatmung.</translation>
    </message>
    <message>
        <location filename="../core/routines.py" line="211"/>
        <source>Sit cross-legged, upright and at ease, your hands on your knees. Stay seated and breathe quietly: after lying down for a while, give your body a moment before you stand.</source>
        <translation>Setz dich mit gekreuzten Beinen hin, aufrecht und entspannt, die Hände auf den Knien. Bleib sitzen und atme ruhig: Nach dem langen Liegen gib deinem Körper einen Moment, bevor du aufstehst.</translation>
    </message>
</context>
<context>
    <name>stage</name>
    <message>
        <location filename="../core/stages.py" line="22"/>
        <source>Next pose</source>
        <translation>Nächste Haltung</translation>
    </message>
    <message>
        <location filename="../core/stages.py" line="23"/>
        <source>Pose</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <location filename="../core/stages.py" line="24"/>
        <source>Settling</source>
        <translation>Ankommen</translation>
    </message>
    <message>
        <location filename="../core/stages.py" line="25"/>
        <source>Hold</source>
        <translation>Haltezeit</translation>
    </message>
    <message>
        <location filename="../core/stages.py" line="26"/>
        <source>Coming down</source>
        <translation>Herauskommen</translation>
    </message>
    <message>
        <location filename="../core/stages.py" line="27"/>
        <source>Seated pause</source>
        <translation>Sitzpause</translation>
    </message>
    <message>
        <location filename="../core/stages.py" line="28"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <location filename="../core/steps.py" line="35"/>
        <source>Legs up the wall</source>
        <translation>Beine an der Wand</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="36"/>
        <source>Supported reclined rest</source>
        <translation>Gestützte Rückenlage</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="41"/>
        <source>Breathe slowly</source>
        <translation>Atme langsam</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="42"/>
        <source>Breathe gently through your nose and let each exhale be longer than the inhale. As you breathe in, move your attention from your feet up to your head; as you breathe out, let it travel back down to your feet.</source>
        <translation>Atme sanft durch die Nase und lass jede Ausatmung länger sein als die Einatmung. Während du einatmest, wandert deine Aufmerksamkeit von den Füßen hinauf zum Kopf; während du ausatmest, lass sie wieder hinunter zu den Füßen wandern.</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="53"/>
        <location filename="../core/variations.py" line="152"/>
        <source>Let your arms rest</source>
        <translation>Lass die Arme ruhen</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="54"/>
        <source>Rest your arms by your sides or on your belly. Let your back and head lie flat and heavy on the floor.</source>
        <translation>Leg die Arme neben dem Körper oder auf dem Bauch ab. Lass Rücken und Kopf flach und schwer auf dem Boden liegen.</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="65"/>
        <source>Set out your props</source>
        <translation>Leg deine Hilfsmittel bereit</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="66"/>
        <source>Lay a mat or folded blanket on the floor with its short edge against the wall. Keep a thin pillow for your head. A folded blanket or bolster under your hips and a strap around your thighs are optional. You can also do this in bed, with your legs up the headboard.</source>
        <translation>Leg eine Matte oder eine gefaltete Decke auf den Boden, mit der kurzen Seite an der Wand. Halte ein dünnes Kissen für deinen Kopf bereit. Eine gefaltete Decke oder ein Bolster unter dem Becken und ein Gurt um die Oberschenkel sind optional. Du kannst das auch im Bett machen, mit den Beinen am Kopfteil.</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="77"/>
        <source>Sit sideways to the wall</source>
        <translation>Setz dich seitlich an die Wand</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="78"/>
        <source>Sit on the mat with one hip touching the wall and your knees bent.</source>
        <translation>Setz dich so auf die Matte, dass eine Hüfte die Wand berührt; die Knie sind gebeugt.</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="85"/>
        <location filename="../core/variations.py" line="131"/>
        <source>Lie back and swing your legs up</source>
        <translation>Leg dich zurück und schwing die Beine hoch</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="86"/>
        <source>Lower your back to the floor as you swing both legs up the wall. Your tailbone stays on the floor.</source>
        <translation>Senke den Rücken zum Boden, während du beide Beine an der Wand hochschwingst. Dein Steißbein bleibt am Boden.</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="95"/>
        <location filename="../core/variations.py" line="141"/>
        <source>Find your distance</source>
        <translation>Finde deinen Abstand</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="96"/>
        <source>Move your hips close to the wall, or leave a hand&apos;s width of space so your hips are not folded at a hard right angle. If the backs of your legs feel tight, move further away or bend your knees a little. The stretch should be light, never painful.</source>
        <translation>Bring dein Becken nah an die Wand oder lass eine Handbreit Platz, damit deine Hüften nicht im harten rechten Winkel gebeugt sind. Wenn sich die Rückseiten deiner Beine gespannt anfühlen, rück weiter weg oder beuge die Knie ein wenig. Die Dehnung soll leicht sein, niemals schmerzhaft.</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="112"/>
        <source>Set out your cushions</source>
        <translation>Leg deine Kissen bereit</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="113"/>
        <source>Lay a mat or blanket on the floor. Keep a cushion for your head, and one or two cushions or blocks for your feet.</source>
        <translation>Leg eine Matte oder Decke auf den Boden. Halte ein Kissen für deinen Kopf bereit und ein oder zwei Kissen oder Blöcke für deine Füße.</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="122"/>
        <source>Lie on your back</source>
        <translation>Leg dich auf den Rücken</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="123"/>
        <source>Sit down, then lower yourself slowly onto your back, head on the cushion.</source>
        <translation>Setz dich hin und leg dich dann langsam auf den Rücken, den Kopf auf dem Kissen.</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="130"/>
        <source>Raise your feet a little</source>
        <translation>Lagere die Füße etwas höher</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="131"/>
        <source>Rest your heels or lower legs on the cushions, only a little higher than your hips. Nothing should strain.</source>
        <translation>Leg die Fersen oder Unterschenkel auf die Kissen, nur etwas höher als deine Hüften. Nichts soll angestrengt sein.</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="147"/>
        <source>Knees to your chest</source>
        <translation>Knie zur Brust</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="148"/>
        <source>Bend your knees and gently hug them in toward your chest.</source>
        <translation>Beuge die Knie und zieh sie mit den Armen sanft zur Brust heran.</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="154"/>
        <source>Roll onto your side</source>
        <translation>Roll dich auf die Seite</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="155"/>
        <source>Slowly roll onto one side, keeping your knees bent.</source>
        <translation>Roll dich langsam auf eine Seite; die Knie bleiben gebeugt.</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="161"/>
        <source>Rest on your side</source>
        <translation>Ruh dich auf der Seite aus</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="162"/>
        <source>Stay here for a few breaths. If you like, rest in child&apos;s pose instead.</source>
        <translation>Bleib hier für ein paar Atemzüge. Wenn du magst, ruh dich stattdessen in der Stellung des Kindes aus.</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="171"/>
        <source>Sit up slowly</source>
        <translation>Setz dich langsam auf</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="172"/>
        <source>Press into your hands and come up to sitting, taking your time.</source>
        <translation>Drück dich mit den Händen hoch und komm in Ruhe zum Sitzen.</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="185"/>
        <source>Shake out your legs</source>
        <translation>Schüttle die Beine aus</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="186"/>
        <source>Bend your knees and bring your feet down from the wall. Gently shake out your legs and wiggle your feet and toes until the tingling fades. Never push through it, and keep your next hold shorter.</source>
        <translation>Beuge die Knie und nimm die Füße von der Wand. Schüttle die Beine sanft aus und bewege Füße und Zehen, bis das Kribbeln nachlässt. Halte es nie einfach aus, und wähle beim nächsten Mal eine kürzere Haltezeit.</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="198"/>
        <source>Sit quietly</source>
        <translation>Bleib ruhig sitzen</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="199"/>
        <source>Stay seated and breathe. Your blood pressure needs a moment to settle after the pose; standing up too soon can make you light-headed.</source>
        <translation>Bleib sitzen und atme. Dein Blutdruck braucht nach der Haltung einen Moment, um sich einzupendeln; wenn du zu früh aufstehst, kann dir schwindelig werden.</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="209"/>
        <source>You can stand up slowly</source>
        <translation>Du kannst langsam aufstehen</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="210"/>
        <source>Take your time getting up, and notice how your legs feel.</source>
        <translation>Lass dir Zeit beim Aufstehen und spür nach, wie sich deine Beine anfühlen.</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="216"/>
        <source>Get into the pose</source>
        <translation>Komm in die Haltung</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="217"/>
        <source>Lie down and settle in. The hold begins by itself with a chime when this countdown ends; you do not need to touch the computer again.</source>
        <translation>Leg dich hin und komm an. Wenn dieser Countdown abgelaufen ist, beginnt die Haltezeit von selbst mit einem Klang; du musst den Computer nicht mehr berühren.</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="44"/>
        <source>Bend your knees</source>
        <translation>Beuge die Knie</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="45"/>
        <source>Bend your knees and set the soles of your feet flat on the wall. This is kinder to tight muscles at the back of your thighs and to a tender lower back.</source>
        <translation>Beuge die Knie und stell die Fußsohlen flach an die Wand. Das schont gespannte Muskeln an der Rückseite der Oberschenkel und einen empfindlichen unteren Rücken.</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="58"/>
        <source>Let your knees open</source>
        <translation>Lass die Knie sich öffnen</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="59"/>
        <source>Bring the soles of your feet together and let your knees fall out to the sides, sliding your feet down the wall as far as is comfortable. You will feel your hips and inner thighs open; keep the stretch gentle.</source>
        <translation>Bring die Fußsohlen zusammen und lass die Knie zu den Seiten sinken; lass dabei die Füße so weit an der Wand hinuntergleiten, wie es angenehm ist. Du spürst, wie sich Hüften und Innenseiten der Oberschenkel öffnen; halte die Dehnung sanft.</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="73"/>
        <source>Cross one ankle over</source>
        <translation>Leg einen Knöchel über den anderen Oberschenkel</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="74"/>
        <source>Bend your left knee and set that foot flat on the wall, the shin parallel to the floor. Cross your right ankle over your left thigh, just below the knee, and flex the right foot. A chime tells you when to change sides.</source>
        <translation>Beuge das linke Knie und stell diesen Fuß flach an die Wand, das Schienbein parallel zum Boden. Leg den rechten Knöchel knapp unterhalb des Knies über den linken Oberschenkel und zieh die rechte Fußspitze an. Ein Klang sagt dir, wann du die Seite wechselst.</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="89"/>
        <source>Slide in the bolster</source>
        <translation>Schieb das Bolster unter</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="90"/>
        <source>Lift your hips a little and slide a bolster (a firm, long cushion) or a folded blanket under the flat bone at the base of your spine, then let your weight settle onto it. Raised hips ease the lower back and soften the fold at the hips.</source>
        <translation>Heb das Becken etwas an und schieb ein Bolster (ein festes, längliches Kissen) oder eine gefaltete Decke unter den flachen Knochen am unteren Ende deiner Wirbelsäule; dann lass dein Gewicht darauf sinken. Ein erhöhtes Becken entlastet den unteren Rücken und macht die Beugung in den Hüften sanfter.</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="114"/>
        <source>Make space at the headboard end of your bed, where your legs will rest, and put a thin pillow where your head will be. A folded blanket under your hips is optional.</source>
        <translation>Mach am Kopfteil deines Betts Platz, wo deine Beine liegen werden, und leg ein dünnes Kissen dorthin, wo dein Kopf sein wird. Eine gefaltete Decke unter dem Becken ist optional.</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="178"/>
        <source>Bend your knees and bring your feet down from the headboard. Gently shake out your legs and wiggle your feet and toes until the tingling fades. Never push through it, and keep your next hold shorter.</source>
        <translation>Beuge die Knie und nimm die Füße vom Kopfteil. Schüttle die Beine sanft aus und bewege Füße und Zehen, bis das Kribbeln nachlässt. Halte es nie einfach aus, und wähle beim nächsten Mal eine kürzere Haltezeit.</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="184"/>
        <source>Bend your knees and slide your feet off the cushions. Gently shake out your legs and wiggle your feet and toes until the tingling fades. Never push through it, and keep your next hold shorter.</source>
        <translation>Beuge die Knie und lass die Füße von den Kissen gleiten. Schüttle die Beine sanft aus und bewege Füße und Zehen, bis das Kribbeln nachlässt. Halte es nie einfach aus, und wähle beim nächsten Mal eine kürzere Haltezeit.</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="113"/>
        <source>Make room in bed</source>
        <translation>Mach Platz im Bett</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="123"/>
        <source>Sit sideways to the headboard</source>
        <translation>Setz dich seitlich ans Kopfteil</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="124"/>
        <source>Sit on the bed with one hip touching the headboard and your knees bent.</source>
        <translation>Setz dich so aufs Bett, dass eine Hüfte das Kopfteil berührt; die Knie sind gebeugt.</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="132"/>
        <source>Lower your back onto the mattress as you swing both legs up the headboard. Your tailbone stays on the bed.</source>
        <translation>Senke den Rücken auf die Matratze, während du beide Beine am Kopfteil hochschwingst. Dein Steißbein bleibt auf dem Bett.</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="142"/>
        <source>Move your hips close to the headboard, or leave a little space so your hips are not folded at a hard right angle. If the backs of your legs feel tight, move further away or soften your knees. The stretch should be light, never painful.</source>
        <translation>Rutsch mit dem Becken nah ans Kopfteil oder lass etwas Platz, damit deine Hüften nicht im harten rechten Winkel gebeugt sind. Wenn sich die Rückseiten deiner Beine gespannt anfühlen, rück weiter weg oder beuge die Knie leicht. Die Dehnung soll leicht sein, niemals schmerzhaft.</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="153"/>
        <source>Rest your arms by your sides or on your belly. Let your back and head lie flat and heavy on the mattress.</source>
        <translation>Leg die Arme neben dem Körper oder auf dem Bauch ab. Lass Rücken und Kopf flach und schwer auf der Matratze liegen.</translation>
    </message>
</context>
<context>
    <name>variations</name>
    <message>
        <location filename="../core/variations.py" line="37"/>
        <source>Classic</source>
        <translation>Klassisch</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="40"/>
        <source>Bent knees</source>
        <translation>Gebeugte Knie</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="54"/>
        <source>Butterfly</source>
        <translation>Schmetterling</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="69"/>
        <source>Thread the needle</source>
        <translation>Nadelöhr</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="85"/>
        <source>Supported</source>
        <translation>Gestützt</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="99"/>
        <source>In bed</source>
        <translation>Im Bett</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="105"/>
        <source>Right ankle over your left thigh</source>
        <translation>Rechter Knöchel über dem linken Oberschenkel</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="106"/>
        <source>Change sides: left ankle over your right thigh</source>
        <translation>Seitenwechsel: linker Knöchel über dem rechten Oberschenkel</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="107"/>
        <source>Both legs up the wall now, for the rest of the hold</source>
        <translation>Jetzt beide Beine an die Wand, für den Rest der Haltezeit</translation>
    </message>
</context>
</TS>
