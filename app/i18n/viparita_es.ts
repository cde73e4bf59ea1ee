<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AppActions</name>
    <message>
        <location filename="../ui/shell/actions.py" line="46"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../ui/shell/actions.py" line="47"/>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <location filename="../ui/shell/actions.py" line="49"/>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <location filename="../ui/shell/actions.py" line="50"/>
        <source>&amp;Safety information</source>
        <translation>&amp;Información de seguridad</translation>
    </message>
    <message>
        <location filename="../ui/shell/actions.py" line="51"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/shell/actions.py" line="52"/>
        <source>&amp;About Viparita</source>
        <translation>&amp;Acerca de Viparita</translation>
    </message>
    <message>
        <location filename="../ui/shell/actions.py" line="65"/>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <location filename="../ui/shell/actions.py" line="70"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
</context>
<context>
    <name>AppearanceSection</name>
    <message>
        <location filename="../ui/prefs/sections.py" line="254"/>
        <source>This profile</source>
        <translation>Este perfil</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="256"/>
        <source>&amp;Bedtime dim: warm and dark on every screen</source>
        <translation>Modo nocturno: &amp;cálido y oscuro en todas las pantallas</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="259"/>
        <source>All profiles</source>
        <translation>Todos los perfiles</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="261"/>
        <source>F&amp;ollow the system&apos;s light or dark scheme</source>
        <translation>Se&amp;guir el esquema claro u oscuro del sistema</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="263"/>
        <source>Reduced &amp;motion: show the breath as a slowly filling bar</source>
        <translation>Mo&amp;vimiento reducido: mostrar la respiración como una barra que se llena despacio</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="268"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="269"/>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="273"/>
        <source>Lan&amp;guage:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="278"/>
        <source>A new language shows the next time Viparita starts.</source>
        <translation>El nuevo idioma se verá la próxima vez que abras Viparita.</translation>
    </message>
</context>
<context>
    <name>BreathBar</name>
    <message>
        <location filename="../ui/widgets/breath.py" line="122"/>
        <source>Breathing guide</source>
        <translation>Guía de respiración</translation>
    </message>
    <message>
        <location filename="../ui/widgets/breath.py" line="124"/>
        <source>A bar that fills as you breathe in and empties as you breathe out</source>
        <translation>Una barra que se llena al inhalar y se vacía al exhalar</translation>
    </message>
</context>
<context>
    <name>BreathCircle</name>
    <message>
        <location filename="../ui/widgets/breath.py" line="69"/>
        <source>Breathing guide</source>
        <translation>Guía de respiración</translation>
    </message>
    <message>
        <location filename="../ui/widgets/breath.py" line="71"/>
        <source>A circle that grows as you breathe in and shrinks as you breathe out</source>
        <translation>Un círculo que crece al inhalar y se encoge al exhalar</translation>
    </message>
</context>
<context>
    <name>ClosingPage</name>
    <message>
        <location filename="../ui/session/pages/timed.py" line="222"/>
        <source>Time left in the seated pause</source>
        <translation>Tiempo restante de la pausa sentada</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="223"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="225"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="233"/>
        <source>The length was:</source>
        <translation>La duración fue:</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="247"/>
        <source>Came down early?…</source>
        <translation>¿Saliste antes?…</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="248"/>
        <source>Tell when you came down, if you got up before the end</source>
        <translation>Indica cuándo saliste de la postura, si te levantaste antes del final</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="285"/>
        <source>Available when the seated pause ends</source>
        <translation>Disponible cuando termine la pausa sentada</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="296"/>
        <source>Time in the pose: %1</source>
        <translation>Tiempo en la postura: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="298"/>
        <source>Hold: %1 of %2 planned</source>
        <translation>Permanencia: %1 de %2 previstos</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="304"/>
        <source>Tingling ended this hold: make your next one shorter.</source>
        <translation>El hormigueo ha terminado esta permanencia: haz la próxima más corta.</translation>
    </message>
</context>
<context>
    <name>EarlyReportDialog</name>
    <message>
        <location filename="../ui/history/early_report.py" line="22"/>
        <source>Came down early</source>
        <translation>Salida anticipada</translation>
    </message>
    <message>
        <location filename="../ui/history/early_report.py" line="27"/>
        <source>If you came down before the end, say when, so that your history shows what really happened.</source>
        <translation>Si saliste de la postura antes del final, indica cuándo, para que tu historial muestre lo que pasó de verdad.</translation>
    </message>
    <message>
        <location filename="../ui/history/early_report.py" line="37"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/history/early_report.py" line="38"/>
        <source>Minutes in the pose before coming down</source>
        <translation>Minutos en la postura antes de salir</translation>
    </message>
    <message>
        <location filename="../ui/history/early_report.py" line="39"/>
        <source>&amp;After about:</source>
        <translation>&amp;Después de unos:</translation>
    </message>
    <message>
        <location filename="../ui/history/early_report.py" line="40"/>
        <source>&amp;Tingling or numbness</source>
        <translation>&amp;Hormigueo o entumecimiento</translation>
    </message>
    <message>
        <location filename="../ui/history/early_report.py" line="41"/>
        <source>A&amp;nother reason</source>
        <translation>&amp;Otro motivo</translation>
    </message>
    <message>
        <location filename="../ui/history/early_report.py" line="46"/>
        <source>Why:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location filename="../ui/history/early_report.py" line="49"/>
        <source>After tingling, keep your next hold shorter.</source>
        <translation>Tras un hormigueo, haz más corta tu próxima permanencia.</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <location filename="../ui/session/pages/entry.py" line="40"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/entry.py" line="44"/>
        <source>Show all steps on one page</source>
        <translation>Mostrar todos los pasos en una página</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/entry.py" line="45"/>
        <location filename="../ui/session/pages/entry.py" line="69"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/entry.py" line="46"/>
        <location filename="../ui/session/pages/entry.py" line="147"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/entry.py" line="63"/>
        <source>The steps at a glance</source>
        <translation>Los pasos de un vistazo</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/entry.py" line="68"/>
        <source>Show step by step</source>
        <translation>Mostrar paso a paso</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/entry.py" line="70"/>
        <location filename="../ui/session/pages/entry.py" line="147"/>
        <source>Begin</source>
        <translation>Comenzar</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/entry.py" line="85"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/entry.py" line="138"/>
        <source>Getting into the pose: step %1 of %2</source>
        <translation>Entrar en la postura: paso %1 de %2</translation>
    </message>
</context>
<context>
    <name>ExitPage</name>
    <message>
        <location filename="../ui/session/pages/timed.py" line="183"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="187"/>
        <source>Time until the next step</source>
        <translation>Tiempo hasta el siguiente paso</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="188"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="200"/>
        <source>Coming down slowly: step %1 of %2</source>
        <translation>Salir despacio: paso %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="210"/>
        <source>Seated pause in %1</source>
        <translation>Pausa sentada en %1</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="210"/>
        <source>Next step in %1</source>
        <translation>Siguiente paso en %1</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../ui/help/feature.py" line="39"/>
        <source>About Viparita</source>
        <translation>Acerca de Viparita</translation>
    </message>
    <message>
        <location filename="../ui/help/feature.py" line="40"/>
        <source>Viparita %1
A calm guide to legs up the wall.</source>
        <translation>Viparita %1
Una guía tranquila para Piernas en la pared.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../ui/history/view.py" line="47"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="56"/>
        <source>Streak</source>
        <translation>Racha</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="55"/>
        <source>Total time</source>
        <translation>Tiempo total</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="61"/>
        <source>Last session</source>
        <translation>Última sesión</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="63"/>
        <source>Minutes a day, last four weeks</source>
        <translation>Minutos al día, últimas cuatro semanas</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="69"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="70"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="71"/>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="72"/>
        <source>In the pose</source>
        <translation>En la postura</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="73"/>
        <source>Ended</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="74"/>
        <source>Length was</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="77"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="84"/>
        <source>No sessions yet. They appear here as you practise.</source>
        <translation>Aún no hay sesiones. Aparecerán aquí a medida que practiques.</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="86"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="87"/>
        <source>C&amp;lear history…</source>
        <translation>&amp;Vaciar historial…</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="88"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="100"/>
        <source>1 day in a row</source>
        <translation>1 día seguido</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="100"/>
        <source>%1 days in a row</source>
        <translation>%1 días seguidos</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="104"/>
        <source>Last session: %1</source>
        <translation>Última sesión: %1</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="107"/>
        <source>%1 in the pose, 1 session</source>
        <translation>%1 en la postura, 1 sesión</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="109"/>
        <source>%1 in the pose, %2 sessions</source>
        <translation>%1 en la postura, %2 sesiones</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="120"/>
        <source>(told)</source>
        <translation>(según tú)</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="140"/>
        <location filename="../ui/history/view.py" line="150"/>
        <source>Export history</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="140"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="152"/>
        <source>The history could not be written to %1: %2</source>
        <translation>No se pudo guardar el historial en %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="164"/>
        <source>Clear history</source>
        <translation>Vaciar historial</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="165"/>
        <source>Delete every session from the history? This cannot be undone.</source>
        <translation>¿Borrar todas las sesiones del historial? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="169"/>
        <source>&amp;Delete all</source>
        <translation>&amp;Borrar todo</translation>
    </message>
</context>
<context>
    <name>HistoryFeature</name>
    <message>
        <location filename="../ui/history/feature.py" line="112"/>
        <source>This will be session %1 today. Once or twice a day is plenty: regular, daily practice matters more than one long session.</source>
        <translation>Esta será la sesión %1 de hoy. Una o dos veces al día es suficiente: la práctica regular, diaria, importa más que una sola sesión larga.</translation>
    </message>
    <message>
        <location filename="../ui/history/feature.py" line="117"/>
        <location filename="../ui/history/feature.py" line="142"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../ui/history/feature.py" line="141"/>
        <source>The history could not be saved (%1). Sessions go on as usual.</source>
        <translation>No se pudo guardar el historial (%1). Las sesiones siguen como siempre.</translation>
    </message>
</context>
<context>
    <name>HistoryNotice</name>
    <message>
        <location filename="../__main__.py" line="199"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../__main__.py" line="204"/>
        <source>The history cannot be opened (%1). Sessions work as usual.</source>
        <translation>No se puede abrir el historial (%1). Las sesiones funcionan con normalidad.</translation>
    </message>
    <message>
        <location filename="../__main__.py" line="210"/>
        <source>The history could not be read, so a new one was started. The old file was kept as %1.</source>
        <translation>No se pudo leer el historial, así que se ha empezado uno nuevo. El archivo antiguo se ha guardado como %1.</translation>
    </message>
</context>
<context>
    <name>HoldPage</name>
    <message>
        <location filename="../ui/session/pages/timed.py" line="93"/>
        <source>Breath</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="97"/>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="109"/>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="111"/>
        <source>left in the pose</source>
        <translation>restantes en la postura</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="117"/>
        <location filename="../ui/session/pages/timed.py" line="174"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="119"/>
        <source>+1 minute</source>
        <translation>+1 minuto</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="119"/>
        <source>Add one minute</source>
        <translation>Añadir un minuto</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="121"/>
        <source>Come down now</source>
        <translation>Bajar ahora</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="123"/>
        <source>Tingling or numbness</source>
        <translation>Hormigueo o entumecimiento</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="127"/>
        <source>I came down already…</source>
        <translation>Ya salí…</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="128"/>
        <source>Tell when you came down, if you got up without the computer</source>
        <translation>Indica cuándo saliste de la postura, si te levantaste sin avisar a la aplicación</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="145"/>
        <source>%1, 1 second</source>
        <translation>%1, 1 segundo</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="145"/>
        <source>%1, %2 seconds</source>
        <translation>%1, %2 segundos</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="163"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="174"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../ui/shell/keys.py" line="32"/>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <location filename="../ui/shell/keys.py" line="33"/>
        <source>Previous step, or back to the start</source>
        <translation>Paso anterior, o volver al inicio</translation>
    </message>
    <message>
        <location filename="../ui/shell/keys.py" line="34"/>
        <source>Start, or Begin from the summary</source>
        <translation>Empezar, o Comenzar desde el resumen</translation>
    </message>
    <message>
        <location filename="../ui/shell/keys.py" line="35"/>
        <source>Pause or go on</source>
        <translation>Pausar o continuar</translation>
    </message>
    <message>
        <location filename="../ui/shell/keys.py" line="36"/>
        <source>One more minute in the pose</source>
        <translation>Un minuto más en la postura</translation>
    </message>
    <message>
        <location filename="../ui/shell/keys.py" line="39"/>
        <source>Come down now: the way down and the seated pause follow</source>
        <translation>Bajar ahora: siguen la bajada y la pausa sentada</translation>
    </message>
    <message>
        <location filename="../ui/shell/keys.py" line="43"/>
        <source>Tingling or numbness: come down now, shaking out your legs first</source>
        <translation>Hormigueo o entumecimiento: salir ahora, sacudiendo primero las piernas</translation>
    </message>
    <message>
        <location filename="../ui/shell/keys.py" line="46"/>
        <source>Finish, once the seated pause is over</source>
        <translation>Terminar, cuando acabe la pausa sentada</translation>
    </message>
    <message>
        <location filename="../ui/shell/keys.py" line="48"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../ui/shell/keys.py" line="49"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../ui/shell/keys.py" line="50"/>
        <source>Safety information</source>
        <translation>Información de seguridad</translation>
    </message>
    <message>
        <location filename="../ui/shell/keys.py" line="51"/>
        <source>This list of keyboard shortcuts</source>
        <translation>Esta lista de atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/shell/keys.py" line="52"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../ui/shell/keys.py" line="55"/>
        <source>Anywhere</source>
        <translation>En cualquier lugar</translation>
    </message>
    <message>
        <location filename="../ui/shell/keys.py" line="56"/>
        <source>Start screen and getting into the pose</source>
        <translation>Pantalla de inicio y entrada en la postura</translation>
    </message>
    <message>
        <location filename="../ui/shell/keys.py" line="57"/>
        <source>Settling and the hold</source>
        <translation>Acomodarse y mantener</translation>
    </message>
    <message>
        <location filename="../ui/shell/keys.py" line="58"/>
        <source>Coming down</source>
        <translation>Bajando</translation>
    </message>
    <message>
        <location filename="../ui/shell/keys.py" line="59"/>
        <source>Seated pause</source>
        <translation>Pausa sentada</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/window.py" line="51"/>
        <source>Not medical advice</source>
        <translation>No es consejo médico</translation>
    </message>
</context>
<context>
    <name>MinutesChart</name>
    <message>
        <location filename="../ui/history/chart.py" line="21"/>
        <source>Minutes per day, last four weeks</source>
        <translation>Minutos por día, últimas cuatro semanas</translation>
    </message>
    <message>
        <location filename="../ui/history/chart.py" line="33"/>
        <source>%1 minutes on %2 of the last %3 days</source>
        <translation>%1 minutos en %2 de los últimos %3 días</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../ui/shell/notice.py" line="23"/>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
</context>
<context>
    <name>PosePage</name>
    <message>
        <location filename="../ui/session/pages/pose.py" line="22"/>
        <location filename="../ui/session/pages/pose.py" line="57"/>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/pose.py" line="23"/>
        <source>Pose</source>
        <translation>Postura</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/pose.py" line="27"/>
        <source>The pose after this one</source>
        <translation>La postura siguiente</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/pose.py" line="30"/>
        <location filename="../ui/session/pages/pose.py" line="68"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/pose.py" line="32"/>
        <source>+1 minute</source>
        <translation>+1 minuto</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/pose.py" line="32"/>
        <source>Add one minute</source>
        <translation>Añadir un minuto</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/pose.py" line="35"/>
        <location filename="../ui/session/pages/pose.py" line="66"/>
        <source>Start now</source>
        <translation>Empezar ahora</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/pose.py" line="45"/>
        <source>Pose %1 of %2: %3</source>
        <translation>Postura %1 de %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/pose.py" line="49"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/pose.py" line="51"/>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/pose.py" line="57"/>
        <source>Time until the pose begins</source>
        <translation>Tiempo hasta que empiece la postura</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/pose.py" line="60"/>
        <source>The last pose</source>
        <translation>La última postura</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/pose.py" line="62"/>
        <source>Then: %1</source>
        <translation>Después: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/pose.py" line="66"/>
        <source>Next pose</source>
        <translation>Siguiente postura</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/pose.py" line="68"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
</context>
<context>
    <name>PracticeSection</name>
    <message>
        <location filename="../ui/prefs/practice.py" line="76"/>
        <source>Hold plan</source>
        <translation>Plan de permanencia</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="79"/>
        <source>Su&amp;ggest each hold from how the last one went</source>
        <translation>Su&amp;gerir cada permanencia según cómo fue la anterior</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="82"/>
        <source>Starts short and grows a minute or two after a hold that was just right or too short; shorter after tingling.</source>
        <translation>Empieza corta y crece uno o dos minutos tras una permanencia adecuada o demasiado corta; se acorta tras un hormigueo.</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="86"/>
        <source>Target hold in minutes</source>
        <translation>Permanencia objetivo en minutos</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="88"/>
        <source>Grow up to:</source>
        <translation>Crecer hasta:</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="92"/>
        <source>Bedtime wind-down</source>
        <translation>Relajación antes de dormir</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="95"/>
        <source>Remind me to &amp;wind down before bedtime</source>
        <translation>Recordarme &amp;bajar el ritmo antes de dormir</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="96"/>
        <source>Bedtime</source>
        <translation>Hora de dormir</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="97"/>
        <source>Minutes before bedtime</source>
        <translation>Minutos antes de la hora de dormir</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="99"/>
        <source>B&amp;edtime:</source>
        <translation>&amp;Hora de dormir:</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="100"/>
        <source>&amp;How long before:</source>
        <translation>&amp;Cuánto antes:</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="104"/>
        <source>Work breaks</source>
        <translation>Descansos en el trabajo</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="107"/>
        <source>Remind me to take brea&amp;ks while I work</source>
        <translation>Recordarme tomar descansos &amp;mientras trabajo</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="111"/>
        <source>Minutes of work before a break</source>
        <translation>Minutos de trabajo antes de una pausa</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="112"/>
        <source> min of work</source>
        <translation> min de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="117"/>
        <source>Breaks offered a day at most</source>
        <translation>Pausas ofrecidas al día como máximo</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="118"/>
        <source> breaks</source>
        <translation> pausas</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="123"/>
        <source>Minutes away that count as a break</source>
        <translation>Minutos de ausencia que cuentan como pausa</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="124"/>
        <source> min away counts as a break</source>
        <translation> min de ausencia cuentan como pausa</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="134"/>
        <source>&amp;Break after:</source>
        <translation>Pa&amp;usa tras:</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="135"/>
        <source>At most, a da&amp;y:</source>
        <translation>Como má&amp;ximo, al día:</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="136"/>
        <source>A pause of:</source>
        <translation>Una ausencia de:</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="143"/>
        <source>Every reminder waits while</source>
        <translation>Cada recordatorio espera mientras</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="146"/>
        <source>A window is full screen</source>
        <translation>una ventana esté a pantalla completa</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="147"/>
        <source>Do not disturb is on</source>
        <translation>«No molestar» esté activado</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="148"/>
        <source>A &amp;call is on</source>
        <translation>ha&amp;ya una llamada en curso</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="126"/>
        <source>Working hours start</source>
        <translation>Inicio de la jornada</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="127"/>
        <source>Working hours end</source>
        <translation>Fin de la jornada</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="130"/>
        <source>until</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="137"/>
        <source>Fr&amp;om:</source>
        <translation>D&amp;esde:</translation>
    </message>
    <message>
        <location filename="../ui/prefs/practice.py" line="138"/>
        <source>On:</source>
        <translation>Días:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/prefs/practice.py" line="61"/>
        <source>A reminder offers to start now, to ask again in %n minutes, or to skip the rest of the day. Reminders stay quiet during a session.</source>
        <translation>
            <numerusform>Un recordatorio te ofrece empezar ahora, volver a preguntar en %n minuto u omitir el resto del día. Durante una sesión, los recordatorios guardan silencio.</numerusform>
            <numerusform>Un recordatorio te ofrece empezar ahora, volver a preguntar en %n minutos u omitir el resto del día. Durante una sesión, los recordatorios guardan silencio.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/prefs/dialog.py" line="45"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="66"/>
        <source>Profile to edit</source>
        <translation>Perfil que editar</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="67"/>
        <source>Pro&amp;file:</source>
        <translation>Per&amp;fil:</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="69"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="70"/>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="72"/>
        <source>Restore buil&amp;t-in</source>
        <translation>Res&amp;taurar original</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="72"/>
        <source>Back to this built-in profile&apos;s defaults</source>
        <translation>Volver a los valores originales de este perfil predefinido</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="81"/>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="82"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="85"/>
        <source>Name error</source>
        <translation>Error en el nombre</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="96"/>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="97"/>
        <source>So&amp;und</source>
        <translation>S&amp;onido</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="98"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="99"/>
        <source>Pract&amp;ice</source>
        <translation>&amp;Práctica</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="100"/>
        <source>Startu&amp;p</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="106"/>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Restablecer todo</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="107"/>
        <source>All profiles and settings back to how they came. Cancel undoes it.</source>
        <translation>Todos los perfiles y ajustes vuelven a como venían. Cancelar lo deshace.</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="176"/>
        <source>A profile needs a name.</source>
        <translation>Un perfil necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="179"/>
        <source>Another profile already has this name.</source>
        <translation>Ya hay otro perfil con este nombre.</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="198"/>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <location filename="../ui/prefs/dialog.py" line="259"/>
        <source>Start at login could not be changed in %1: %2</source>
        <translation>No se pudo cambiar el inicio automático en %1: %2</translation>
    </message>
</context>
<context>
    <name>PreferencesFeature</name>
    <message>
        <location filename="../ui/prefs/feature.py" line="68"/>
        <source>Your preferences could not be read, so the defaults are in use. The old file was kept as %1.</source>
        <translation>No se pudieron leer tus preferencias, así que se usan los valores predeterminados. El archivo anterior se guardó como %1.</translation>
    </message>
    <message>
        <location filename="../ui/prefs/feature.py" line="73"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>PreferencesNotice</name>
    <message>
        <location filename="../ui/prefs/feature.py" line="30"/>
        <source>Your changes are kept only until Viparita closes: %1 is read-only, so they cannot be saved. Make it writable to keep them.</source>
        <translation>Tus cambios solo se conservan hasta que Viparita se cierre: %1 es de solo lectura, así que no se pueden guardar. Permite la escritura para conservarlos.</translation>
    </message>
    <message>
        <location filename="../ui/prefs/feature.py" line="35"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <location filename="../ui/shell/quitting.py" line="71"/>
        <source>A session is running. Come down slowly before Viparita closes?</source>
        <translation>Hay una sesión en curso. ¿Salir despacio de la postura antes de que Viparita se cierre?</translation>
    </message>
    <message>
        <location filename="../ui/shell/quitting.py" line="73"/>
        <source>Come down now</source>
        <translation>Bajar ahora</translation>
    </message>
    <message>
        <location filename="../ui/shell/quitting.py" line="74"/>
        <source>Keep going</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../ui/shell/quitting.py" line="93"/>
        <source>Please stay seated until the pause is over. Viparita will close by itself when it ends.</source>
        <translation>Por favor, no te levantes hasta que termine la pausa. Viparita se cerrará automáticamente cuando acabe.</translation>
    </message>
</context>
<context>
    <name>ReminderOffers</name>
    <message numerus="yes">
        <location filename="../ui/reminders/offers.py" line="54"/>
        <source>&amp;Later (in %n minutes)</source>
        <translation>
            <numerusform>&amp;Más tarde (en %n minuto)</numerusform>
            <numerusform>&amp;Más tarde (en %n minutos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reminders/offers.py" line="57"/>
        <source>S&amp;kip today</source>
        <translation>&amp;Omitir hoy</translation>
    </message>
    <message>
        <location filename="../ui/reminders/offers.py" line="87"/>
        <source>&amp;Start now: %1</source>
        <translation>&amp;Empezar ahora: %1</translation>
    </message>
    <message>
        <location filename="../ui/reminders/offers.py" line="94"/>
        <source>Click here, or open the tray menu, to start, wait or skip today.</source>
        <translation>Haz clic aquí o abre el menú de la bandeja para empezar, esperar u omitir hoy.</translation>
    </message>
</context>
<context>
    <name>ReminderPrompt</name>
    <message>
        <location filename="../ui/reminders/prompt.py" line="37"/>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <location filename="../ui/reminders/prompt.py" line="38"/>
        <source>Reminder message</source>
        <translation>Mensaje del recordatorio</translation>
    </message>
    <message>
        <location filename="../ui/reminders/prompt.py" line="39"/>
        <source>&amp;Start now</source>
        <translation>&amp;Empezar ahora</translation>
    </message>
    <message>
        <location filename="../ui/reminders/prompt.py" line="41"/>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reminders/prompt.py" line="42"/>
        <source>Ask again in %n minutes</source>
        <translation>
            <numerusform>Volver a preguntar en %n minuto</numerusform>
            <numerusform>Volver a preguntar en %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reminders/prompt.py" line="43"/>
        <source>Later, in %n minutes</source>
        <translation>
            <numerusform>Más tarde, en %n minuto</numerusform>
            <numerusform>Más tarde, en %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reminders/prompt.py" line="45"/>
        <source>S&amp;kip today</source>
        <translation>&amp;Omitir hoy</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <location filename="../ui/routines/editor.py" line="51"/>
        <location filename="../ui/routines/editor.py" line="74"/>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="75"/>
        <source>R&amp;outines:</source>
        <translation>&amp;Rutinas:</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="77"/>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="78"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="79"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="91"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="92"/>
        <source>Na&amp;me:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="95"/>
        <source>Poses, in order</source>
        <translation>Posturas, en orden</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="96"/>
        <source>&amp;Poses, in order:</source>
        <translation>&amp;Posturas, en orden:</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="109"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="110"/>
        <source>Dura&amp;tion:</source>
        <translation>Dura&amp;ción:</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="112"/>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="113"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="114"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="123"/>
        <source>Pose to add</source>
        <translation>Postura que añadir</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="127"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="128"/>
        <source>Add a pose:</source>
        <translation>Añadir una postura:</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="100"/>
        <source>Total time</source>
        <translation>Tiempo total</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="102"/>
        <source>About this routine</source>
        <translation>Sobre esta rutina</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="151"/>
        <location filename="../ui/routines/editor.py" line="173"/>
        <source>My routine</source>
        <translation>Mi rutina</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="180"/>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="215"/>
        <source>The built-in routine stays as it is: duplicate it to make your own.</source>
        <translation>La rutina predefinida se queda como está: duplícala para crear la tuya.</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="219"/>
        <source>Legs up the wall is in every routine, and a seated pause of at least %1 always follows it.</source>
        <translation>Piernas en la pared está en todas las rutinas, y siempre le sigue una pausa sentada de al menos %1.</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="234"/>
        <source>%1. %2, %3</source>
        <translation>%1. %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="241"/>
        <source>%1 in all</source>
        <translation>%1 en total</translation>
    </message>
    <message>
        <location filename="../ui/routines/editor.py" line="272"/>
        <source>The seated pause after legs up the wall stays in every routine</source>
        <translation>La pausa sentada después de Piernas en la pared se mantiene en todas las rutinas</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <location filename="../ui/help/safety.py" line="15"/>
        <source>Safety information</source>
        <translation>Información de seguridad</translation>
    </message>
    <message>
        <location filename="../ui/help/safety.py" line="18"/>
        <source>Do not do this pose if you have</source>
        <translation>No hagas esta postura si tienes</translation>
    </message>
    <message>
        <location filename="../ui/help/safety.py" line="19"/>
        <source>Only with your physician&apos;s clearance</source>
        <translation>Solo con la autorización de tu médico</translation>
    </message>
    <message>
        <location filename="../ui/help/safety.py" line="20"/>
        <source>Take care</source>
        <translation>Ten cuidado</translation>
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <location filename="../ui/session/pages/screening.py" line="43"/>
        <source>Before you begin</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/screening.py" line="47"/>
        <source>Legs up the wall is a gentle inversion: your legs rest higher than your heart. For a few conditions that matters, so please read this once.</source>
        <translation>Piernas en la pared es una inversión suave: tus piernas descansan más arriba que tu corazón. En algunas afecciones eso importa, así que, por favor, lee esto una vez.</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/screening.py" line="52"/>
        <source>Do not do this pose if you have</source>
        <translation>No hagas esta postura si tienes</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/screening.py" line="53"/>
        <source>Do not do this pose if</source>
        <translation>No hagas esta postura si</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/screening.py" line="55"/>
        <source>Only with your physician&apos;s clearance</source>
        <translation>Solo con la autorización de tu médico</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/screening.py" line="57"/>
        <source>Only with a physician&apos;s clearance</source>
        <translation>Solo con autorización médica</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/screening.py" line="59"/>
        <location filename="../ui/session/pages/screening.py" line="60"/>
        <source>Take care</source>
        <translation>Ten cuidado</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/screening.py" line="73"/>
        <source>I have neither glaucoma nor a detached retina</source>
        <translation>No tengo glaucoma ni desprendimiento de retina</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/screening.py" line="78"/>
        <source>None of the conditions needing a physician&apos;s clearance applies to me, or my physician has cleared me</source>
        <translation>No tengo ninguna de las afecciones que requieren autorización médica, o mi médico me ha dado su autorización</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/screening.py" line="88"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/screening.py" line="90"/>
        <source>I have glaucoma or a detached retina</source>
        <translation>Tengo glaucoma o desprendimiento de retina</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/screening.py" line="94"/>
        <source>I need my physician&apos;s clearance first</source>
        <translation>Primero necesito el visto bueno de mi médico</translation>
    </message>
</context>
<context>
    <name>SessionSection</name>
    <message>
        <location filename="../ui/prefs/sections.py" line="60"/>
        <location filename="../ui/prefs/sections.py" line="92"/>
        <location filename="../ui/prefs/sections.py" line="94"/>
        <source>Hold</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="61"/>
        <source>&amp;Hold:</source>
        <translation>Per&amp;manencia:</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="66"/>
        <source>Start offers the hold you last began with this profile; a hold set here is offered next.</source>
        <translation>El botón Empezar propone la última permanencia que iniciaste con este perfil; la que fijes aquí se propondrá la próxima vez.</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="76"/>
        <source>Breath pattern</source>
        <translation>Patrón de respiración</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="80"/>
        <source>&amp;Breath pattern:</source>
        <translation>Patrón de respira&amp;ción:</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="91"/>
        <source>In</source>
        <translation>Inhalar</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="93"/>
        <source>Out</source>
        <translation>Exhalar</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="97"/>
        <source>Breath in, seconds</source>
        <translation>Inhalación, segundos</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="98"/>
        <source>Hold after breathing in, seconds</source>
        <translation>Retención tras inhalar, segundos</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="99"/>
        <source>Breath out, seconds</source>
        <translation>Exhalación, segundos</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="100"/>
        <source>Hold after breathing out, seconds</source>
        <translation>Retención tras exhalar, segundos</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="107"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="82"/>
        <source>Breaths a minute</source>
        <translation>Respiraciones por minuto</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="84"/>
        <source>Breath pattern warning</source>
        <translation>Aviso sobre el patrón de respiración</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="118"/>
        <source>Settling time</source>
        <translation>Tiempo para acomodarte</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="119"/>
        <source>Settlin&amp;g time:</source>
        <translation>Ti&amp;empo para acomodarte:</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="120"/>
        <source>Seated pause</source>
        <translation>Pausa sentada</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="121"/>
        <source>Never less than %1</source>
        <translation>Nunca menos de %1</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="123"/>
        <source>The seated pause is never shorter than %1.</source>
        <translation>La pausa sentada nunca dura menos de %1.</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="122"/>
        <source>S&amp;eated pause:</source>
        <translation>Pa&amp;usa sentada:</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="174"/>
        <source>One breath every %1 s, about %2 breaths a minute</source>
        <translation>Una respiración cada %1 s, unas %2 respiraciones por minuto</translation>
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
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <location filename="../ui/session/status.py" line="34"/>
        <source>%1, paused: %2 left</source>
        <translation>%1, en pausa: quedan %2</translation>
    </message>
    <message>
        <location filename="../ui/session/status.py" line="36"/>
        <source>%1: %2 left</source>
        <translation>%1: quedan %2</translation>
    </message>
</context>
<context>
    <name>SettlingPage</name>
    <message>
        <location filename="../ui/session/pages/timed.py" line="68"/>
        <source>Time until the hold begins</source>
        <translation>Tiempo hasta que empiece la permanencia</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="69"/>
        <location filename="../ui/session/pages/timed.py" line="85"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="71"/>
        <source>Start the hold now</source>
        <translation>Empezar ya la permanencia</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="72"/>
        <source>Come down now</source>
        <translation>Bajar ahora</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="79"/>
        <source>The pose</source>
        <translation>La postura</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="82"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/timed.py" line="85"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../ui/help/shortcuts.py" line="16"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/help/shortcuts.py" line="37"/>
        <source>Alt and the underlined letter of a label moves to its field; Tab moves between controls.</source>
        <translation>Alt y la letra subrayada de una etiqueta llevan a su campo; Tab pasa de un control a otro.</translation>
    </message>
</context>
<context>
    <name>SoundSection</name>
    <message>
        <location filename="../ui/prefs/sections.py" line="189"/>
        <source>Chimes</source>
        <translation>Avisos sonoros</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="198"/>
        <source>Minutes between bells</source>
        <translation>Minutos entre campanas</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="214"/>
        <location filename="../ui/prefs/sections.py" line="220"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="223"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Escuchar</translation>
    </message>
    <message>
        <location filename="../ui/prefs/sections.py" line="223"/>
        <source>Plays the bowl at this volume</source>
        <translation>Hace sonar el cuenco a este volumen</translation>
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
        <translation>Indicador de sonido</translation>
    </message>
    <message>
        <location filename="../ui/session/sound_status.py" line="67"/>
        <source>Sound status</source>
        <translation>Estado del sonido</translation>
    </message>
    <message>
        <location filename="../ui/session/sound_status.py" line="75"/>
        <source>no audio device could be opened</source>
        <translation>no se pudo abrir ningún dispositivo de audio</translation>
    </message>
    <message>
        <location filename="../ui/session/sound_status.py" line="76"/>
        <source>the sound library is not installed</source>
        <translation>la biblioteca de sonido no está instalada</translation>
    </message>
    <message>
        <location filename="../ui/session/sound_status.py" line="77"/>
        <source>the sound player stopped</source>
        <translation>el reproductor de sonido se detuvo</translation>
    </message>
    <message>
        <location filename="../ui/session/sound_status.py" line="78"/>
        <source>the audio device is not responding</source>
        <translation>el dispositivo de audio no responde</translation>
    </message>
    <message>
        <location filename="../ui/session/sound_status.py" line="79"/>
        <source>the chime files are missing</source>
        <translation>faltan los archivos de sonido</translation>
    </message>
    <message>
        <location filename="../ui/session/sound_status.py" line="80"/>
        <source>the sound player could not start</source>
        <translation>el reproductor de sonido no pudo iniciarse</translation>
    </message>
    <message>
        <location filename="../ui/session/sound_status.py" line="89"/>
        <source>Sound off: %1</source>
        <translation>Sin sonido: %1</translation>
    </message>
</context>
<context>
    <name>StartActions</name>
    <message numerus="yes">
        <location filename="../ui/shell/start_menu.py" line="39"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/start_menu.py" line="44"/>
        <location filename="../ui/shell/start_menu.py" line="78"/>
        <source>&amp;Repeat last</source>
        <translation>&amp;Repetir la última</translation>
    </message>
    <message>
        <location filename="../ui/shell/start_menu.py" line="53"/>
        <source>Quick start with %1:</source>
        <translation>Inicio rápido con %1:</translation>
    </message>
    <message>
        <location filename="../ui/shell/start_menu.py" line="74"/>
        <source>&amp;Repeat last: %1, %2</source>
        <translation>&amp;Repetir la última: %1, %2</translation>
    </message>
</context>
<context>
    <name>StartFlow</name>
    <message>
        <location filename="../ui/session/start_flow.py" line="236"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../ui/session/pages/start.py" line="73"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="74"/>
        <source>Alt+F</source>
        <translation>Alt+P</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="75"/>
        <source>Pro&amp;file:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="77"/>
        <source>Preferences…</source>
        <translation>Preferencias…</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="55"/>
        <source>The routine&apos;s poses</source>
        <translation>Las posturas de la rutina</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="58"/>
        <source>How long would you like to stay?</source>
        <translation>¿Cuánto tiempo te gustaría quedarte?</translation>
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
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="94"/>
        <source>or type e.g. 7m30s</source>
        <translation>o escribe p. ej. 7m30s</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="95"/>
        <source>Custom hold</source>
        <translation>Permanencia personalizada</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="98"/>
        <source>From %1 to %2: 7, 7m, 90s or 1m30s</source>
        <translation>De %1 a %2: 7, 7m, 90s o 1m30s</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="108"/>
        <source>Hold error</source>
        <translation>Error en la permanencia</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="110"/>
        <source>Hold plan</source>
        <translation>Plan de permanencia</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="61"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="257"/>
        <source>Type a time from %1 to %2, like 7m30s.</source>
        <translation>Escribe un tiempo de %1 a %2, como 7m30s.</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="63"/>
        <source>Test sound</source>
        <translation>Probar sonido</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="63"/>
        <source>Plays the bowl at the current volume</source>
        <translation>Hace sonar el cuenco al volumen actual</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="126"/>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="127"/>
        <source>Alt+R: the pose alone, or a sequence of poses around it</source>
        <translation>Alt+R: la postura sola o una secuencia de posturas en torno a ella</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="130"/>
        <source>&amp;Routine:</source>
        <translation>&amp;Rutina:</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="128"/>
        <source>Edit routines…</source>
        <translation>Editar rutinas…</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="133"/>
        <source>Variation</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="134"/>
        <source>Alt+V: how your legs rest in the pose</source>
        <translation>Alt+V: cómo descansan tus piernas en la postura</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="137"/>
        <source>&amp;Variation:</source>
        <translation>&amp;Variante:</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="159"/>
        <source>Legs up the wall alone</source>
        <translation>Solo Piernas en la pared</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="169"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="179"/>
        <source>%1 in all</source>
        <translation>%1 en total</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="201"/>
        <source>Rest your legs and slow your breath. The app guides you by sound.</source>
        <translation>Descansa las piernas y haz más lenta la respiración. La aplicación te guía con sonidos.</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="252"/>
        <source>Hold: %1</source>
        <translation>Permanencia: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/pages/start.py" line="270"/>
        <source>Choose how long to stay first.</source>
        <translation>Primero elige cuánto tiempo quedarte.</translation>
    </message>
</context>
<context>
    <name>StartupSection</name>
    <message>
        <location filename="../ui/prefs/startup.py" line="17"/>
        <source>All profiles</source>
        <translation>Todos los perfiles</translation>
    </message>
    <message>
        <location filename="../ui/prefs/startup.py" line="19"/>
        <source>Show an icon in the s&amp;ystem tray</source>
        <translation>Mostrar un icono en la &amp;bandeja del sistema</translation>
    </message>
    <message>
        <location filename="../ui/prefs/startup.py" line="21"/>
        <source>Quick starts from the tray. Closing the window keeps Viparita there.</source>
        <translation>Inicios rápidos desde la bandeja. Al cerrar la ventana, Viparita sigue ahí.</translation>
    </message>
    <message>
        <location filename="../ui/prefs/startup.py" line="23"/>
        <source>Start &amp;hidden in the tray, without the window</source>
        <translation>Iniciar oc&amp;ulto en la bandeja, sin la ventana</translation>
    </message>
    <message>
        <location filename="../ui/prefs/startup.py" line="24"/>
        <source>Start Viparita at lo&amp;gin</source>
        <translation>Iniciar &amp;Viparita al iniciar sesión</translation>
    </message>
    <message>
        <location filename="../ui/prefs/startup.py" line="27"/>
        <source>This desktop shows no system tray, so closing the window quits Viparita. On GNOME, the AppIndicator extension adds a tray.</source>
        <translation>Este escritorio no muestra bandeja del sistema, así que al cerrar la ventana se cierra Viparita. En GNOME, la extensión AppIndicator añade una bandeja.</translation>
    </message>
    <message>
        <location filename="../ui/prefs/startup.py" line="31"/>
        <source>No system tray</source>
        <translation>Sin bandeja del sistema</translation>
    </message>
    <message>
        <location filename="../ui/prefs/startup.py" line="34"/>
        <source>Start at login error</source>
        <translation>Error del inicio automático</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../ui/shell/tray.py" line="86"/>
        <location filename="../ui/shell/tray.py" line="177"/>
        <source>P&amp;ause</source>
        <translation>P&amp;ausar</translation>
    </message>
    <message>
        <location filename="../ui/shell/tray.py" line="88"/>
        <source>&amp;Come down now</source>
        <translation>B&amp;ajar ahora</translation>
    </message>
    <message>
        <location filename="../ui/shell/tray.py" line="90"/>
        <source>&amp;Tingling or numbness</source>
        <translation>Hormigueo o &amp;entumecimiento</translation>
    </message>
    <message>
        <location filename="../ui/shell/tray.py" line="69"/>
        <source>&amp;Open Viparita</source>
        <translation>A&amp;brir Viparita</translation>
    </message>
    <message>
        <location filename="../ui/shell/tray.py" line="165"/>
        <source>Viparita is still running in the tray, and any session goes on. Choose Quit in the tray menu to close it.</source>
        <translation>Viparita sigue en marcha en la bandeja, y cualquier sesión continúa. Elige Salir en el menú de la bandeja para cerrarlo.</translation>
    </message>
    <message>
        <location filename="../ui/shell/tray.py" line="177"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
</context>
<context>
    <name>breath</name>
    <message>
        <location filename="../core/breathing.py" line="22"/>
        <source>Breathe in</source>
        <translation>Inhala</translation>
    </message>
    <message>
        <location filename="../core/breathing.py" line="23"/>
        <source>Hold</source>
        <translation>Retén</translation>
    </message>
    <message>
        <location filename="../core/breathing.py" line="24"/>
        <source>Breathe out</source>
        <translation>Exhala</translation>
    </message>
    <message>
        <location filename="../core/breathing.py" line="25"/>
        <source>Rest</source>
        <translation>Descansa</translation>
    </message>
</context>
<context>
    <name>cautions</name>
    <message>
        <location filename="../core/cautions.py" line="17"/>
        <source>Glaucoma</source>
        <translation>Glaucoma</translation>
    </message>
    <message>
        <location filename="../core/cautions.py" line="18"/>
        <source>A detached retina</source>
        <translation>Desprendimiento de retina</translation>
    </message>
    <message>
        <location filename="../core/cautions.py" line="20"/>
        <source>An inversion raises the pressure in the eyes. Please talk to an eye specialist.</source>
        <translation>Una inversión aumenta la presión en los ojos. Por favor, consulta a un oftalmólogo.</translation>
    </message>
    <message>
        <location filename="../core/cautions.py" line="27"/>
        <source>High blood pressure that is not yet treated or controlled</source>
        <translation>Presión arterial alta aún sin tratar o sin controlar</translation>
    </message>
    <message>
        <location filename="../core/cautions.py" line="39"/>
        <source>A hernia, including a hiatal hernia</source>
        <translation>Una hernia, incluida la hernia de hiato</translation>
    </message>
    <message>
        <location filename="../core/cautions.py" line="40"/>
        <source>Active deep-vein thrombosis or a clotting disorder</source>
        <translation>Trombosis venosa profunda activa o un trastorno de la coagulación</translation>
    </message>
    <message>
        <location filename="../core/cautions.py" line="28"/>
        <source>A heart condition, including heart failure</source>
        <translation>Una afección cardíaca, incluida la insuficiencia cardíaca</translation>
    </message>
    <message>
        <location filename="../core/cautions.py" line="29"/>
        <source>Kidney failure, liver failure or cirrhosis, or any other condition that keeps extra fluid in your body</source>
        <translation>Insuficiencia renal, insuficiencia hepática o cirrosis, o cualquier otra afección que retenga líquido en el cuerpo</translation>
    </message>
    <message>
        <location filename="../core/cautions.py" line="34"/>
        <source>Pregnancy. Later in pregnancy, avoid lying flat on your back: ask about a version with your hips raised and your upper body upright.</source>
        <translation>Embarazo. En la etapa avanzada del embarazo, evita tumbarte boca arriba en plano: pregunta por una variante con las caderas elevadas y el tronco erguido.</translation>
    </message>
    <message>
        <location filename="../core/cautions.py" line="41"/>
        <source>A recent injury to your lower back or the backs of your thighs</source>
        <translation>Una lesión reciente en la zona lumbar o en la parte posterior de los muslos</translation>
    </message>
    <message>
        <location filename="../core/cautions.py" line="42"/>
        <source>Any reason to avoid extra blood flow to your head</source>
        <translation>Cualquier motivo para evitar un mayor flujo de sangre a la cabeza</translation>
    </message>
    <message>
        <location filename="../core/cautions.py" line="47"/>
        <source>Low blood pressure: always sit for a while first, then stand up slowly.</source>
        <translation>Presión arterial baja: siéntate siempre un rato primero y luego ponte de pie despacio.</translation>
    </message>
    <message>
        <location filename="../core/cautions.py" line="50"/>
        <source>Hip or lower-back trouble: put a bolster under your hips, bend your knees, or move further from the wall.</source>
        <translation>Molestias en la cadera o la zona lumbar: pon un cojín alargado (bolster) bajo las caderas, dobla las rodillas o aléjate más de la pared.</translation>
    </message>
    <message>
        <location filename="../core/cautions.py" line="55"/>
        <source>On heavy days of your period, you may prefer to skip the pose.</source>
        <translation>En los días de menstruación abundante, quizá prefieras no hacer la postura.</translation>
    </message>
    <message>
        <location filename="../core/cautions.py" line="58"/>
        <source>If your feet or legs tingle or go numb, come down at once, shake out your legs, and make your next hold shorter. Never push through it.</source>
        <translation>Si sientes hormigueo o entumecimiento en los pies o las piernas, sal de la postura enseguida, sacude las piernas y haz más corta tu próxima permanencia. Nunca sigas aguantando.</translation>
    </message>
    <message>
        <location filename="../core/cautions.py" line="64"/>
        <source>A guide to rest, not medical advice and no substitute for it. New to the pose? Ask a yoga teacher to show it to you first.</source>
        <translation>Una guía para descansar, no un consejo médico ni un sustituto de él. ¿Es tu primera vez con esta postura? Pide primero a un profesor de yoga que te la enseñe.</translation>
    </message>
    <message>
        <location filename="../core/cautions.py" line="77"/>
        <source>Please ask your physician before you try legs up the wall. Once they have cleared you, change your answer in Help, Safety information.</source>
        <translation>Consulta a tu médico antes de probar las piernas en la pared. Cuando te dé el visto bueno, cambia tu respuesta en Ayuda, Información de seguridad.</translation>
    </message>
    <message>
        <location filename="../core/cautions.py" line="85"/>
        <source>Chosen for you because an inversion is not advised. You can review this in Help, Safety information.</source>
        <translation>Elegido para ti porque no se recomienda una inversión. Puedes revisarlo en Ayuda, Información de seguridad.</translation>
    </message>
    <message>
        <location filename="../core/cautions.py" line="90"/>
        <source>Chosen for you until your physician has cleared you for legs up the wall. You can change your answer in Help, Safety information.</source>
        <translation>Elegido para ti hasta que tu médico te dé el visto bueno para las piernas en la pared. Puedes cambiar tu respuesta en Ayuda, Información de seguridad.</translation>
    </message>
    <message>
        <location filename="../core/cautions.py" line="70"/>
        <source>Viparita will guide you through a supported reclined rest instead: lying on your back on cushions, with your feet raised only a little. The breathing, the chimes and the slow way up are the same.</source>
        <translation>En su lugar, Viparita te guiará en un descanso reclinado con apoyo: acostándote boca arriba sobre cojines, con los pies solo un poco elevados. La respiración, los avisos sonoros y la forma lenta de incorporarte son los mismos.</translation>
    </message>
</context>
<context>
    <name>cues</name>
    <message>
        <location filename="../core/cues.py" line="62"/>
        <source>A bowl when the hold begins</source>
        <translation>Un cuenco cuando empieza la permanencia</translation>
    </message>
    <message>
        <location filename="../core/cues.py" line="63"/>
        <source>A bell at halfway</source>
        <translation>Una campana a mitad de la permanencia</translation>
    </message>
    <message>
        <location filename="../core/cues.py" line="64"/>
        <source>A soft bell every %1 minutes</source>
        <translation>Una campana suave cada %1 minutos</translation>
    </message>
    <message>
        <location filename="../core/cues.py" line="65"/>
        <source>A deep bowl, struck twice, when it is time to come down</source>
        <translation>Un cuenco grave, con dos golpes, cuando es hora de salir</translation>
    </message>
    <message>
        <location filename="../core/cues.py" line="68"/>
        <source>A small bell at each step of coming down</source>
        <translation>Una campanita en cada paso de la salida</translation>
    </message>
    <message>
        <location filename="../core/cues.py" line="69"/>
        <source>A bowl when the seated pause begins</source>
        <translation>Un cuenco cuando empieza la pausa sentada</translation>
    </message>
    <message>
        <location filename="../core/cues.py" line="70"/>
        <source>A rising bell when the seated pause is complete</source>
        <translation>Una campana ascendente cuando termina la pausa sentada</translation>
    </message>
    <message>
        <location filename="../core/cues.py" line="71"/>
        <source>Breath tones: a soft swell as you breathe in and out</source>
        <translation>Tonos de respiración: un suave oleaje de sonido al inhalar y al exhalar</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../core/past_sessions.py" line="25"/>
        <source>Too short</source>
        <translation>Demasiado corta</translation>
    </message>
    <message>
        <location filename="../core/past_sessions.py" line="26"/>
        <source>Just right</source>
        <translation>Adecuada</translation>
    </message>
    <message>
        <location filename="../core/past_sessions.py" line="27"/>
        <source>Too long</source>
        <translation>Demasiado larga</translation>
    </message>
    <message>
        <location filename="../core/past_sessions.py" line="31"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location filename="../core/past_sessions.py" line="32"/>
        <source>Came down early</source>
        <translation>Salida anticipada</translation>
    </message>
    <message>
        <location filename="../core/past_sessions.py" line="33"/>
        <source>Tingling or numbness</source>
        <translation>Hormigueo o entumecimiento</translation>
    </message>
    <message>
        <location filename="../core/past_sessions.py" line="34"/>
        <source>Interrupted</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <location filename="../core/past_sessions.py" line="35"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
</context>
<context>
    <name>pattern</name>
    <message>
        <location filename="../core/profiles.py" line="56"/>
        <source>Calm 4-6</source>
        <translation>Calma 4-6</translation>
    </message>
    <message>
        <location filename="../core/profiles.py" line="57"/>
        <source>Deep 4-8</source>
        <translation>Profunda 4-8</translation>
    </message>
    <message>
        <location filename="../core/profiles.py" line="60"/>
        <source>Slow 4.5-6.5</source>
        <translation>Lenta 4,5-6,5</translation>
    </message>
    <message>
        <location filename="../core/profiles.py" line="63"/>
        <source>Custom</source>
        <translation>Personalizada</translation>
    </message>
    <message>
        <location filename="../core/profiles.py" line="64"/>
        <source>The breath out is not longer than the breath in. A breath out longer than the breath in is a well-established way to calm the body.</source>
        <translation>La exhalación no es más larga que la inhalación. Una exhalación más larga que la inhalación es una forma reconocida de calmar el cuerpo.</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <location filename="../core/hold_plan.py" line="29"/>
        <source>A short first hold, to begin with</source>
        <translation>Una primera permanencia corta, para empezar</translation>
    </message>
    <message>
        <location filename="../core/hold_plan.py" line="30"/>
        <source>Last time: tingling at %1 min, so a shorter hold</source>
        <translation>La última vez: hormigueo a los %1 min, así que una permanencia más corta</translation>
    </message>
    <message>
        <location filename="../core/hold_plan.py" line="31"/>
        <source>Last time: just right at %1 min, so a little longer</source>
        <translation>La última vez: adecuada con %1 min, así que un poco más larga</translation>
    </message>
    <message>
        <location filename="../core/hold_plan.py" line="32"/>
        <source>Last time: too short at %1 min, so longer</source>
        <translation>La última vez: demasiado corta con %1 min, así que más larga</translation>
    </message>
    <message>
        <location filename="../core/hold_plan.py" line="33"/>
        <source>Last time: too long at %1 min, so a little shorter</source>
        <translation>La última vez: demasiado larga con %1 min, así que un poco más corta</translation>
    </message>
    <message>
        <location filename="../core/hold_plan.py" line="34"/>
        <source>Last time: %1 min, not rated, so the same again</source>
        <translation>La última vez: %1 min, sin valorar, así que la misma de nuevo</translation>
    </message>
    <message>
        <location filename="../core/hold_plan.py" line="35"/>
        <source>Your target of %1 min</source>
        <translation>Tu objetivo de %1 min</translation>
    </message>
    <message>
        <location filename="../ui/style/text.py" line="52"/>
        <source>Your hold plan suggests %1 min. %2.</source>
        <translation>Tu plan de permanencia sugiere %1 min. %2.</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <location filename="../core/profiles.py" line="112"/>
        <source>Work break</source>
        <translation>Descanso en el trabajo</translation>
    </message>
    <message>
        <location filename="../core/profiles.py" line="113"/>
        <source>Bedtime wind-down</source>
        <translation>Relajación antes de dormir</translation>
    </message>
</context>
<context>
    <name>reminder</name>
    <message>
        <location filename="../core/reminders.py" line="68"/>
        <source>Time to wind down</source>
        <translation>Hora de bajar el ritmo</translation>
    </message>
    <message>
        <location filename="../core/reminders.py" line="69"/>
        <source>Time for a break</source>
        <translation>Hora de un descanso</translation>
    </message>
    <message>
        <location filename="../core/reminders.py" line="72"/>
        <source>Bedtime is getting close. Legs up the wall, dim and quiet, before sleep?</source>
        <translation>Se acerca la hora de acostarte. ¿Piernas en la pared, con poca luz y en calma, antes de dormir?</translation>
    </message>
    <message>
        <location filename="../core/reminders.py" line="75"/>
        <source>A few minutes away from the desk, with your legs up the wall?</source>
        <translation>¿Unos minutos lejos del escritorio, con las piernas en la pared?</translation>
    </message>
    <message>
        <location filename="../core/reminders.py" line="80"/>
        <source>Waiting: the screen is locked</source>
        <translation>En espera: la pantalla está bloqueada</translation>
    </message>
    <message>
        <location filename="../core/reminders.py" line="81"/>
        <source>Waiting: a call is on</source>
        <translation>En espera: hay una llamada en curso</translation>
    </message>
    <message>
        <location filename="../core/reminders.py" line="82"/>
        <source>Waiting: a window is full screen</source>
        <translation>En espera: una ventana está a pantalla completa</translation>
    </message>
    <message>
        <location filename="../core/reminders.py" line="83"/>
        <source>Waiting: do not disturb is on</source>
        <translation>En espera: «No molestar» está activado</translation>
    </message>
    <message>
        <location filename="../core/work_breaks.py" line="217"/>
        <source>Break reminders are off</source>
        <translation>Los recordatorios de pausa están desactivados</translation>
    </message>
    <message>
        <location filename="../core/work_breaks.py" line="218"/>
        <source>Reminders wait until the session is over</source>
        <translation>Los recordatorios esperan a que termine la sesión</translation>
    </message>
    <message>
        <location filename="../core/work_breaks.py" line="219"/>
        <source>No more breaks offered today</source>
        <translation>Hoy no se ofrecen más pausas</translation>
    </message>
    <message>
        <location filename="../core/work_breaks.py" line="220"/>
        <source>No breaks outside working hours</source>
        <translation>No hay pausas fuera del horario de trabajo</translation>
    </message>
    <message>
        <location filename="../core/work_breaks.py" line="221"/>
        <source>Next break at %1</source>
        <translation>Próxima pausa a las %1</translation>
    </message>
    <message>
        <location filename="../core/work_breaks.py" line="222"/>
        <source>Asking about a break again in %1 min</source>
        <translation>Se volverá a preguntar por una pausa en %1 min</translation>
    </message>
    <message>
        <location filename="../core/work_breaks.py" line="224"/>
        <source>Away: break after %1 more min of work</source>
        <translation>Ausente: pausa tras %1 min más de trabajo</translation>
    </message>
    <message>
        <location filename="../core/work_breaks.py" line="225"/>
        <source>Break after %1 more min of work</source>
        <translation>Pausa tras %1 min más de trabajo</translation>
    </message>
    <message>
        <location filename="../core/work_breaks.py" line="228"/>
        <source>This desktop does not say when you are at the keyboard, so breaks come by the clock instead: every %1 min from the start of working hours.</source>
        <translation>Este escritorio no indica cuándo estás ante el teclado, así que las pausas llegan según el reloj: cada %1 min desde el inicio del horario de trabajo.</translation>
    </message>
</context>
<context>
    <name>routines</name>
    <message>
        <location filename="../core/routines.py" line="37"/>
        <source>Preparation</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <location filename="../core/routines.py" line="38"/>
        <source>Main pose</source>
        <translation>Postura principal</translation>
    </message>
    <message>
        <location filename="../core/routines.py" line="39"/>
        <source>Counter pose</source>
        <translation>Contrapostura</translation>
    </message>
    <message>
        <location filename="../core/routines.py" line="40"/>
        <source>Final rest</source>
        <translation>Descanso final</translation>
    </message>
    <message>
        <location filename="../core/routines.py" line="64"/>
        <source>Standing forward bend</source>
        <translation>Flexión de pie hacia delante</translation>
    </message>
    <message>
        <location filename="../core/routines.py" line="65"/>
        <source>Stand with your feet hip-width apart. Soften your knees and fold forward from the hips, letting your head and arms hang. Rest your hands on the floor or your shins. Come up slowly, rolling up through your back.</source>
        <translation>Ponte de pie con los pies separados a la anchura de las caderas. Afloja las rodillas e inclínate hacia delante desde las caderas, dejando colgar la cabeza y los brazos. Apoya las manos en el suelo o en las espinillas. Sube despacio, desenrollando la espalda.</translation>
    </message>
    <message>
        <location filename="../core/routines.py" line="79"/>
        <source>Reclining bound angle</source>
        <translation>Ángulo atado reclinado</translation>
    </message>
    <message>
        <location filename="../core/routines.py" line="80"/>
        <source>Lie on your back and bring the soles of your feet together. Let your knees fall open to the sides, resting on cushions if they do not reach the floor.</source>
        <translation>Acuéstate boca arriba y junta las plantas de los pies. Deja que las rodillas se abran hacia los lados, apoyadas en cojines si no llegan al suelo.</translation>
    </message>
    <message>
        <location filename="../core/routines.py" line="94"/>
        <source>Sit sideways to the wall, lie back and swing your legs up. Breathe slowly, each exhale longer than the inhale.</source>
        <translation>Siéntate de lado junto a la pared, recuéstate y sube las piernas con un giro. Respira despacio, con cada exhalación más larga que la inhalación.</translation>
    </message>
    <message>
        <location filename="../core/routines.py" line="107"/>
        <source>Easy seated pose</source>
        <translation>Postura fácil</translation>
    </message>
    <message>
        <location filename="../core/routines.py" line="108"/>
        <source>Sit cross-legged, upright and at ease, your hands on your knees. Stay seated and breathe quietly: after the inversion your blood pressure needs a moment to settle before you stand.</source>
        <translation>Siéntate con las piernas cruzadas, con la espalda erguida y a gusto, las manos sobre las rodillas. No te levantes todavía y respira con calma: después de la inversión, tu presión arterial necesita un momento para estabilizarse antes de que te pongas de pie.</translation>
    </message>
    <message>
        <location filename="../core/routines.py" line="122"/>
        <source>Corpse pose</source>
        <translation>Postura del cadáver</translation>
    </message>
    <message>
        <location filename="../core/routines.py" line="123"/>
        <source>Lie flat on your back, legs long and a little apart, arms away from your sides, palms up. Let your whole body grow heavy.</source>
        <translation>Acuéstate boca arriba, con las piernas estiradas y un poco separadas, los brazos separados del cuerpo y las palmas hacia arriba. Deja que todo tu cuerpo se vuelva pesado.</translation>
    </message>
    <message>
        <location filename="../core/routines.py" line="170"/>
        <source>Restorative sequence</source>
        <translation>Secuencia restaurativa</translation>
    </message>
    <message>
        <location filename="../core/routines.py" line="201"/>
        <source>Lie on your back with a cushion under your head and your feet raised a little on cushions. Breathe slowly, each exhale longer than the inhale.</source>
        <translation>Acuéstate boca arriba con un cojín bajo la cabeza y los pies un poco elevados sobre cojines. Respira despacio, con cada exhalación más larga que la inhalación.</translation>
    </message>
    <message>
        <location filename="../core/routines.py" line="211"/>
        <source>Sit cross-legged, upright and at ease, your hands on your knees. Stay seated and breathe quietly: after lying down for a while, give your body a moment before you stand.</source>
        <translation>Siéntate con las piernas cruzadas, con la espalda erguida y a gusto, las manos sobre las rodillas. No te levantes todavía y respira con calma: después de estar un rato tumbado, da a tu cuerpo un momento antes de ponerte de pie.</translation>
    </message>
</context>
<context>
    <name>stage</name>
    <message>
        <location filename="../core/stages.py" line="22"/>
        <source>Next pose</source>
        <translation>Siguiente postura</translation>
    </message>
    <message>
        <location filename="../core/stages.py" line="23"/>
        <source>Pose</source>
        <translation>Postura</translation>
    </message>
    <message>
        <location filename="../core/stages.py" line="24"/>
        <source>Settling</source>
        <translation>Colocación</translation>
    </message>
    <message>
        <location filename="../core/stages.py" line="25"/>
        <source>Hold</source>
        <translation>Permanencia</translation>
    </message>
    <message>
        <location filename="../core/stages.py" line="26"/>
        <source>Coming down</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../core/stages.py" line="27"/>
        <source>Seated pause</source>
        <translation>Pausa sentada</translation>
    </message>
    <message>
        <location filename="../core/stages.py" line="28"/>
        <source>Done</source>
        <translation>Fin</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <location filename="../core/steps.py" line="35"/>
        <source>Legs up the wall</source>
        <translation>Piernas en la pared</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="36"/>
        <source>Supported reclined rest</source>
        <translation>Descanso reclinado con apoyo</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="41"/>
        <source>Breathe slowly</source>
        <translation>Respira despacio</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="42"/>
        <source>Breathe gently through your nose and let each exhale be longer than the inhale. As you breathe in, move your attention from your feet up to your head; as you breathe out, let it travel back down to your feet.</source>
        <translation>Respira suavemente por la nariz y deja que cada exhalación sea más larga que la inhalación. Al inhalar, lleva la atención desde los pies hasta la cabeza; al exhalar, deja que vuelva a bajar hasta los pies.</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="53"/>
        <location filename="../core/variations.py" line="152"/>
        <source>Let your arms rest</source>
        <translation>Deja descansar los brazos</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="54"/>
        <source>Rest your arms by your sides or on your belly. Let your back and head lie flat and heavy on the floor.</source>
        <translation>Apoya los brazos a los lados del cuerpo o sobre el vientre. Deja que la espalda y la cabeza descansen planas y pesadas en el suelo.</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="65"/>
        <source>Set out your props</source>
        <translation>Prepara tus accesorios</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="66"/>
        <source>Lay a mat or folded blanket on the floor with its short edge against the wall. Keep a thin pillow for your head. A folded blanket or bolster under your hips and a strap around your thighs are optional. You can also do this in bed, with your legs up the headboard.</source>
        <translation>Extiende una esterilla o una manta doblada en el suelo, con el lado corto contra la pared. Ten a mano una almohada fina para la cabeza. Una manta doblada o un bolster (cojín alargado) bajo las caderas y una correa alrededor de los muslos son opcionales. También puedes hacerlo en la cama, con las piernas apoyadas en la cabecera.</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="77"/>
        <source>Sit sideways to the wall</source>
        <translation>Siéntate de lado junto a la pared</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="78"/>
        <source>Sit on the mat with one hip touching the wall and your knees bent.</source>
        <translation>Siéntate en la esterilla con una cadera tocando la pared y las rodillas dobladas.</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="85"/>
        <location filename="../core/variations.py" line="131"/>
        <source>Lie back and swing your legs up</source>
        <translation>Recuéstate y sube las piernas</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="86"/>
        <source>Lower your back to the floor as you swing both legs up the wall. Your tailbone stays on the floor.</source>
        <translation>Baja la espalda al suelo mientras subes las dos piernas por la pared con un giro. El coxis se queda en el suelo.</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="95"/>
        <location filename="../core/variations.py" line="141"/>
        <source>Find your distance</source>
        <translation>Encuentra tu distancia</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="96"/>
        <source>Move your hips close to the wall, or leave a hand&apos;s width of space so your hips are not folded at a hard right angle. If the backs of your legs feel tight, move further away or bend your knees a little. The stretch should be light, never painful.</source>
        <translation>Acerca las caderas a la pared, o deja un palmo de espacio para que las caderas no queden dobladas en un ángulo recto forzado. Si notas tensa la parte de atrás de las piernas, aléjate un poco más o dobla un poco las rodillas. El estiramiento debe ser ligero, nunca doloroso.</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="112"/>
        <source>Set out your cushions</source>
        <translation>Prepara tus cojines</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="113"/>
        <source>Lay a mat or blanket on the floor. Keep a cushion for your head, and one or two cushions or blocks for your feet.</source>
        <translation>Extiende una esterilla o una manta en el suelo. Ten a mano un cojín para la cabeza, y uno o dos cojines o bloques para los pies.</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="122"/>
        <source>Lie on your back</source>
        <translation>Acuéstate boca arriba</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="123"/>
        <source>Sit down, then lower yourself slowly onto your back, head on the cushion.</source>
        <translation>Siéntate y luego baja despacio hasta quedar boca arriba, con la cabeza sobre el cojín.</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="130"/>
        <source>Raise your feet a little</source>
        <translation>Eleva un poco los pies</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="131"/>
        <source>Rest your heels or lower legs on the cushions, only a little higher than your hips. Nothing should strain.</source>
        <translation>Apoya los talones o la parte baja de las piernas sobre los cojines, solo un poco más arriba que las caderas. Nada debe forzarse.</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="147"/>
        <source>Knees to your chest</source>
        <translation>Rodillas al pecho</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="148"/>
        <source>Bend your knees and gently hug them in toward your chest.</source>
        <translation>Dobla las rodillas y abrázalas suavemente hacia el pecho.</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="154"/>
        <source>Roll onto your side</source>
        <translation>Gira hacia un lado</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="155"/>
        <source>Slowly roll onto one side, keeping your knees bent.</source>
        <translation>Gira despacio hacia un lado, con las rodillas dobladas.</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="161"/>
        <source>Rest on your side</source>
        <translation>Descansa de lado</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="162"/>
        <source>Stay here for a few breaths. If you like, rest in child&apos;s pose instead.</source>
        <translation>Quédate aquí unas cuantas respiraciones. Si quieres, descansa en su lugar en la postura del niño.</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="171"/>
        <source>Sit up slowly</source>
        <translation>Incorpórate despacio</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="172"/>
        <source>Press into your hands and come up to sitting, taking your time.</source>
        <translation>Apóyate en las manos y sube hasta sentarte, sin prisa.</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="185"/>
        <source>Shake out your legs</source>
        <translation>Sacude las piernas</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="186"/>
        <source>Bend your knees and bring your feet down from the wall. Gently shake out your legs and wiggle your feet and toes until the tingling fades. Never push through it, and keep your next hold shorter.</source>
        <translation>Dobla las rodillas y baja los pies de la pared. Sacude suavemente las piernas y mueve los pies y los dedos hasta que el hormigueo desaparezca. Nunca sigas aguantando, y haz más corta tu próxima permanencia.</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="198"/>
        <source>Sit quietly</source>
        <translation>Siéntate en calma</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="199"/>
        <source>Stay seated and breathe. Your blood pressure needs a moment to settle after the pose; standing up too soon can make you light-headed.</source>
        <translation>No te levantes todavía y respira. Tu presión arterial necesita un momento para estabilizarse después de la postura; si te pones de pie demasiado pronto, puedes marearte.</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="209"/>
        <source>You can stand up slowly</source>
        <translation>Ya puedes ponerte de pie despacio</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="210"/>
        <source>Take your time getting up, and notice how your legs feel.</source>
        <translation>Levántate sin prisa y observa cómo sientes las piernas.</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="216"/>
        <source>Get into the pose</source>
        <translation>Colócate en la postura</translation>
    </message>
    <message>
        <location filename="../core/steps.py" line="217"/>
        <source>Lie down and settle in. The hold begins by itself with a chime when this countdown ends; you do not need to touch the computer again.</source>
        <translation>Acuéstate y acomódate. Cuando termine este tiempo, la permanencia empezará sola con un aviso sonoro; no hace falta que vuelvas a tocar nada.</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="44"/>
        <source>Bend your knees</source>
        <translation>Dobla las rodillas</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="45"/>
        <source>Bend your knees and set the soles of your feet flat on the wall. This is kinder to tight muscles at the back of your thighs and to a tender lower back.</source>
        <translation>Dobla las rodillas y apoya las plantas de los pies en la pared. Así cuidas los músculos tensos de la parte posterior de los muslos y una zona lumbar sensible.</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="58"/>
        <source>Let your knees open</source>
        <translation>Deja que se abran las rodillas</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="59"/>
        <source>Bring the soles of your feet together and let your knees fall out to the sides, sliding your feet down the wall as far as is comfortable. You will feel your hips and inner thighs open; keep the stretch gentle.</source>
        <translation>Junta las plantas de los pies y deja que las rodillas caigan hacia los lados, deslizando los pies pared abajo hasta donde te resulte cómodo. Sentirás cómo se abren las caderas y la cara interna de los muslos; mantén el estiramiento suave.</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="73"/>
        <source>Cross one ankle over</source>
        <translation>Cruza un tobillo sobre el muslo</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="74"/>
        <source>Bend your left knee and set that foot flat on the wall, the shin parallel to the floor. Cross your right ankle over your left thigh, just below the knee, and flex the right foot. A chime tells you when to change sides.</source>
        <translation>Dobla la rodilla izquierda y apoya ese pie en la pared, con la espinilla paralela al suelo. Cruza el tobillo derecho sobre el muslo izquierdo, justo por debajo de la rodilla, y flexiona el pie derecho. Un aviso sonoro te indicará cuándo cambiar de lado.</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="89"/>
        <source>Slide in the bolster</source>
        <translation>Coloca el cojín alargado</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="90"/>
        <source>Lift your hips a little and slide a bolster (a firm, long cushion) or a folded blanket under the flat bone at the base of your spine, then let your weight settle onto it. Raised hips ease the lower back and soften the fold at the hips.</source>
        <translation>Levanta un poco las caderas y desliza un cojín alargado y firme (bolster) o una manta doblada bajo el hueso plano de la base de la columna; luego deja que tu peso descanse sobre ese apoyo. Con las caderas elevadas se alivia la zona lumbar y se suaviza el pliegue de las caderas.</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="114"/>
        <source>Make space at the headboard end of your bed, where your legs will rest, and put a thin pillow where your head will be. A folded blanket under your hips is optional.</source>
        <translation>Haz sitio en el extremo de la cama junto a la cabecera, donde apoyarás las piernas, y pon una almohada fina donde irá la cabeza. Una manta doblada bajo las caderas es opcional.</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="178"/>
        <source>Bend your knees and bring your feet down from the headboard. Gently shake out your legs and wiggle your feet and toes until the tingling fades. Never push through it, and keep your next hold shorter.</source>
        <translation>Dobla las rodillas y baja los pies de la cabecera. Sacude suavemente las piernas y mueve los pies y los dedos hasta que el hormigueo desaparezca. Nunca sigas aguantando, y haz más corta tu próxima permanencia.</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="184"/>
        <source>Bend your knees and slide your feet off the cushions. Gently shake out your legs and wiggle your feet and toes until the tingling fades. Never push through it, and keep your next hold shorter.</source>
        <translation>Dobla las rodillas y desliza los pies fuera de los cojines. Sacude suavemente las piernas y mueve los pies y los dedos hasta que el hormigueo desaparezca. Nunca sigas aguantando, y haz más corta tu próxima permanencia.</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="113"/>
        <source>Make room in bed</source>
        <translation>Haz sitio en la cama</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="123"/>
        <source>Sit sideways to the headboard</source>
        <translation>Siéntate de lado junto a la cabecera</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="124"/>
        <source>Sit on the bed with one hip touching the headboard and your knees bent.</source>
        <translation>Siéntate en la cama con una cadera tocando la cabecera y las rodillas dobladas.</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="132"/>
        <source>Lower your back onto the mattress as you swing both legs up the headboard. Your tailbone stays on the bed.</source>
        <translation>Baja la espalda al colchón mientras subes las dos piernas por la cabecera con un giro. El coxis se queda sobre la cama.</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="142"/>
        <source>Move your hips close to the headboard, or leave a little space so your hips are not folded at a hard right angle. If the backs of your legs feel tight, move further away or soften your knees. The stretch should be light, never painful.</source>
        <translation>Acerca las caderas a la cabecera, o deja un poco de espacio para que las caderas no queden dobladas en un ángulo recto forzado. Si notas tensa la parte de atrás de las piernas, aléjate un poco más o afloja las rodillas. El estiramiento debe ser ligero, nunca doloroso.</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="153"/>
        <source>Rest your arms by your sides or on your belly. Let your back and head lie flat and heavy on the mattress.</source>
        <translation>Apoya los brazos a los lados del cuerpo o sobre el vientre. Deja que la espalda y la cabeza descansen planas y pesadas sobre el colchón.</translation>
    </message>
</context>
<context>
    <name>variations</name>
    <message>
        <location filename="../core/variations.py" line="37"/>
        <source>Classic</source>
        <translation>Clásica</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="40"/>
        <source>Bent knees</source>
        <translation>Rodillas dobladas</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="54"/>
        <source>Butterfly</source>
        <translation>Mariposa</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="69"/>
        <source>Thread the needle</source>
        <translation>Enhebrar la aguja</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="85"/>
        <source>Supported</source>
        <translation>Con apoyo</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="99"/>
        <source>In bed</source>
        <translation>En la cama</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="105"/>
        <source>Right ankle over your left thigh</source>
        <translation>Tobillo derecho sobre el muslo izquierdo</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="106"/>
        <source>Change sides: left ankle over your right thigh</source>
        <translation>Cambia de lado: tobillo izquierdo sobre el muslo derecho</translation>
    </message>
    <message>
        <location filename="../core/variations.py" line="107"/>
        <source>Both legs up the wall now, for the rest of the hold</source>
        <translation>Ahora las dos piernas en la pared, para el resto de la permanencia</translation>
    </message>
</context>
</TS>
