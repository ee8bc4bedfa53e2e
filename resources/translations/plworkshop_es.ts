<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActionItemCommands</name>
    <message>
        <source>New action item</source>
        <translation>Nueva acción</translation>
    </message>
    <message>
        <source>Link input</source>
        <translation>Vincular aportes</translation>
    </message>
    <message>
        <source>Edit action item {replace}</source>
        <translation>Editar acción: {replace}</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation>Eliminar acción</translation>
    </message>
</context>
<context>
    <name>ActionItemDelegates</name>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>e.g. 2027-03-01</source>
        <translation>p. ej. 2027-03-01</translation>
    </message>
    <message>
        <source>“{typed}” is not a date; type it like 2027-03-01 or {example}. Nothing was changed.</source>
        <translation>“{typed}” no es una fecha; escríbala como 2027-03-01 o {example}. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>ActionItemTableModel</name>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Aliados</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Policy lever</source>
        <translation>Palanca de política</translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation>Indicador de éxito</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Vinculados</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>1 response</source>
        <translation>1 aporte</translation>
    </message>
    <message>
        <source>{n} responses</source>
        <translation>{n} aportes</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Reason blocked</source>
        <translation>Motivo del bloqueo</translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation>Último avance</translation>
    </message>
    <message>
        <source>Resources or funding</source>
        <translation>Recursos o financiación</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>{day} · overdue</source>
        <translation>{day} · vencida</translation>
    </message>
    <message>
        <source>(why is it blocked?)</source>
        <translation>(¿por qué está bloqueada?)</translation>
    </message>
</context>
<context>
    <name>ActionItemsPage</name>
    <message>
        <source>Action items</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Double-click a cell (or press F2) to edit; every change is saved at once and can be undone with Ctrl+Z.</source>
        <translation>Haga doble clic en una celda (o pulse F2) para editarla; cada cambio se guarda al instante y puede deshacerse con Ctrl+Z.</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Nueva acción</translation>
    </message>
    <message>
        <source>Linked input…</source>
        <translation>Aportes vinculados…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Filter action items</source>
        <translation>Filtrar acciones</translation>
    </message>
    <message>
        <source>Filter by title, owner or partners…</source>
        <translation>Filtrar por título, responsable o aliados…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>F2 edits the current cell; Delete removes the selected action item.</source>
        <translation>F2 edita la celda actual; Supr elimina la acción seleccionada.</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>1 action item.</source>
        <translation>1 acción.</translation>
    </message>
    <message>
        <source>{count} action items.</source>
        <translation>{count} acciones.</translation>
    </message>
    <message>
        <source>All conditions</source>
        <translation>Todas las condiciones</translation>
    </message>
    <message>
        <source>Item {number} is blocked: say why, then press Enter (Esc leaves it blocked without a reason).</source>
        <translation>El elemento {number} está bloqueado: diga por qué y pulse Intro (Esc lo deja bloqueado sin motivo).</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation>Eliminar acción</translation>
    </message>
    <message>
        <source>Delete the action item “{title}”? You can undo this with Ctrl+Z.</source>
        <translation>¿Eliminar la acción «{title}»? Puede deshacerlo con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Add to agenda →</source>
        <translation>&amp;Agregar a la agenda →</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Conditions in the framework</source>
        <translation>Condiciones del marco</translation>
    </message>
    <message>
        <source>Enter adds the selected condition to the agenda.</source>
        <translation>Intro agrega la condición seleccionada a la agenda.</translation>
    </message>
    <message>
        <source>The agenda, in order</source>
        <translation>La agenda, en orden</translation>
    </message>
    <message>
        <source>Double-click a condition (or select it and press Enter) to add it. Drag rows or use Move up / Move down to reorder; double-click the minutes to change a time box. Every change is saved at once.</source>
        <translation>Haga doble clic en una condición (o selecciónela y pulse Intro) para agregarla. Arrastre las filas o use Subir / Bajar para reordenarlas; haga doble clic en los minutos para cambiar un bloque de tiempo. Cada cambio se guarda al instante.</translation>
    </message>
    <message>
        <source>Total: {format_minutes}</source>
        <translation>Total: {format_minutes}</translation>
    </message>
    <message>
        <source>Nothing on the agenda yet</source>
        <translation>La agenda aún está vacía</translation>
    </message>
    <message>
        <source>Other conditions</source>
        <translation>Otras condiciones</translation>
    </message>
    <message>
        <source>Change the agenda</source>
        <translation>Cambiar la agenda</translation>
    </message>
    <message>
        <source>Add {value} to the agenda</source>
        <translation>Agregar {value} a la agenda</translation>
    </message>
    <message>
        <source>Remove {title} from the agenda</source>
        <translation>Quitar {title} de la agenda</translation>
    </message>
    <message>
        <source>Move {title} up</source>
        <translation>Subir {title}</translation>
    </message>
    <message>
        <source>Move {title} down</source>
        <translation>Bajar {title}</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>AssessmentGrid</name>
    <message>
        <source>Click a stage, or select a row and press 0 (not yet started), 1 Exploration, 2 Replication or 3 Statewide Transformation; Delete clears.</source>
        <translation>Haga clic en una etapa, o seleccione una fila y pulse 0 (aún no iniciado), 1 Exploración, 2 Replicación o 3 Transformación estatal; Supr borra.</translation>
    </message>
    <message>
        <source>Stage self-assessment grid</source>
        <translation>Cuadrícula de autoevaluación de etapas</translation>
    </message>
    <message>
        <source>Where the room places the state</source>
        <translation>Dónde ubica la sala al estado</translation>
    </message>
    <message>
        <source>Consensus &amp;note:</source>
        <translation>&amp;Nota de consenso:</translation>
    </message>
    <message>
        <source>Why the room placed the state here (saved when you leave the box)</source>
        <translation>Por qué la sala ubicó aquí al estado (se guarda al salir del cuadro)</translation>
    </message>
    <message>
        <source>{total} of {people} placed.</source>
        <translation>{total} de {people} ubicados.</translation>
    </message>
    <message>
        <source> Most often: {value} ({value2}).</source>
        <translation> Lo más frecuente: {value} ({value2}).</translation>
    </message>
    <message>
        <source> Consensus: {value}.</source>
        <translation> Consenso: {value}.</translation>
    </message>
    <message>
        <source> No consensus yet (last row).</source>
        <translation> Aún no hay consenso (última fila).</translation>
    </message>
    <message>
        <source>Place {who}</source>
        <translation>Ubicar a {who}</translation>
    </message>
    <message>
        <source>Clear placement of {who}</source>
        <translation>Borrar la ubicación de {who}</translation>
    </message>
    <message>
        <source>Choose the room&apos;s consensus stage (last row) before adding a note.</source>
        <translation>Elija la etapa de consenso de la sala (última fila) antes de agregar una nota.</translation>
    </message>
    <message>
        <source>Edit consensus note</source>
        <translation>Editar la nota de consenso</translation>
    </message>
</context>
<context>
    <name>AssessmentModel</name>
    <message>
        <source>Room consensus</source>
        <translation>Consenso de la sala</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Grupo de partes interesadas</translation>
    </message>
    <message>
        <source>{value}
(key {stage})</source>
        <translation>{value}
(tecla {stage})</translation>
    </message>
    <message>
        <source>The whole room</source>
        <translation>Toda la sala</translation>
    </message>
    <message>
        <source>{who}: {value} (key {stage})</source>
        <translation>{who}: {value} (tecla {stage})</translation>
    </message>
    <message>
        <source>selected: </source>
        <translation>seleccionado: </translation>
    </message>
</context>
<context>
    <name>BundleFlows</name>
    <message>
        <source>{name}: an unexpected error (details in {log_file})</source>
        <translation>{name}: un error inesperado (detalles en {log_file})</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>{done} of {total} files were imported.</source>
        <translation>Se importaron {done} de {total} archivos.</translation>
    </message>
    <message>
        <source>Importing “%s”…</source>
        <translation>Importando «%s»…</translation>
    </message>
    <message>
        <source>Importing {len} files…</source>
        <translation>Importando {len} archivos…</translation>
    </message>
</context>
<context>
    <name>ContentPanel</name>
    <message>
        <source>Adapted for facilitation — not the official wording</source>
        <translation>Adaptado para la facilitación — no es la redacción oficial</translation>
    </message>
    <message>
        <source>Framework content</source>
        <translation>Contenido del marco</translation>
    </message>
    <message>
        <source>Language of the content</source>
        <translation>Idioma del contenido</translation>
    </message>
    <message>
        <source>Strategic question</source>
        <translation>Pregunta estratégica</translation>
    </message>
    <message>
        <source>Show goal and actions</source>
        <translation>Mostrar objetivo y acciones</translation>
    </message>
    <message>
        <source>On a small screen the goal and actions fold away, leaving room for the input</source>
        <translation>En una pantalla pequeña el objetivo y las acciones se pliegan y dejan sitio a los aportes</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Supporting actions</source>
        <translation>Acciones de apoyo</translation>
    </message>
    <message>
        <source>Show early-adopter story</source>
        <translation>Mostrar la experiencia de un estado pionero</translation>
    </message>
    <message>
        <source>Hide goal and actions</source>
        <translation>Ocultar objetivo y acciones</translation>
    </message>
    <message>
        <source>STAGE SELF-ASSESSMENT</source>
        <translation>AUTOEVALUACIÓN DE LA ETAPA</translation>
    </message>
    <message>
        <source>The three stages</source>
        <translation>Las tres etapas</translation>
    </message>
    <message>
        <source>STAGE {stage} · {upper}</source>
        <translation>ETAPA {stage} · {upper}</translation>
    </message>
    <message>
        <source>   —   QUESTION {number} OF {len}</source>
        <translation>   —   PREGUNTA {number} DE {len}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Strategic questions&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Preguntas estratégicas&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Early adopter: {escape}{year}&lt;/b&gt;&lt;br&gt;{escape2}</source>
        <translation>&lt;b&gt;Estado pionero: {escape}{year}&lt;/b&gt;&lt;br&gt;{escape2}</translation>
    </message>
    <message>
        <source>Hide early-adopter story</source>
        <translation>Ocultar la experiencia del estado pionero</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>Sorry, something went wrong and the last action did not complete. Your recorded work is safe. Details are in the log file:
{log_file}</source>
        <translation>Lo sentimos, algo salió mal y la última acción no se completó. Su trabajo registrado está a salvo. Los detalles están en el archivo de registro:
{log_file}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>No date (type e.g. 30 June 2027)</source>
        <translation>Sin fecha (escriba p. ej. 30 junio 2027)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendario…</translation>
    </message>
    <message>
        <source>Choose the date on a calendar</source>
        <translation>Elegir la fecha en un calendario</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>{message} The date stays {kept}.</source>
        <translation>{message} La fecha sigue siendo {kept}.</translation>
    </message>
</context>
<context>
    <name>DayPlan</name>
    <message>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Almuerzo</translation>
    </message>
    <message>
        <source>Report-out</source>
        <translation>Puesta en común</translation>
    </message>
    <message>
        <source>Other item</source>
        <translation>Otra actividad</translation>
    </message>
    <message>
        <source>The whole day: conditions (from the Agenda tab) and the rest. Type the day&apos;s start and the clock times follow; type a start time on an item to fix it there (empty it to let it follow).</source>
        <translation>Todo el día: las condiciones (de la pestaña Agenda) y lo demás. Escriba la hora de inicio del día y las horas se calculan; escriba una hora en una actividad para fijarla (bórrela para que siga a la anterior).</translation>
    </message>
    <message>
        <source>Day &amp;starts at:</source>
        <translation>El día &amp;empieza a las:</translation>
    </message>
    <message>
        <source>e.g. 8:30 or 9am</source>
        <translation>p. ej. 8:30 o 9am</translation>
    </message>
    <message>
        <source>Day starts at</source>
        <translation>El día empieza a las</translation>
    </message>
    <message>
        <source>Kind of item to add</source>
        <translation>Tipo de actividad que añadir</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Añadir actividad</translation>
    </message>
    <message>
        <source>Pri&amp;nt agenda…</source>
        <translation>Imp&amp;rimir agenda…</translation>
    </message>
    <message>
        <source>The day, in order</source>
        <translation>El día, en orden</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>R&amp;emove item</source>
        <translation>&amp;Quitar actividad</translation>
    </message>
    <message>
        <source>Time boxes per strategic question</source>
        <translation>Tiempo por pregunta estratégica</translation>
    </message>
    <message>
        <source>Strategic question</source>
        <translation>Pregunta estratégica</translation>
    </message>
    <message>
        <source>Own time box (min)</source>
        <translation>Tiempo propio (min)</translation>
    </message>
    <message>
        <source>Time boxes per &amp;question (empty: the condition&apos;s time box applies)</source>
        <translation>Tiempo por &amp;pregunta (vacío: rige el tiempo de la condición)</translation>
    </message>
    <message>
        <source>Follows the item before; type a time to fix it</source>
        <translation>Sigue a la actividad anterior; escriba una hora para fijarla</translation>
    </message>
    <message>
        <source>Total: {minutes} min</source>
        <translation>Total: {minutes} min</translation>
    </message>
    <message>
        <source>Set the start of the day</source>
        <translation>Fijar el inicio del día</translation>
    </message>
    <message>
        <source>The day starts at {time}.</source>
        <translation>El día empieza a las {time}.</translation>
    </message>
    <message>
        <source>No start time: the agenda shows lengths only.</source>
        <translation>Sin hora de inicio: la agenda muestra solo duraciones.</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nueva actividad</translation>
    </message>
    <message>
        <source>Add an agenda item</source>
        <translation>Añadir una actividad a la agenda</translation>
    </message>
    <message>
        <source>Added. Type to rename it; change its minutes in the last column.</source>
        <translation>Añadida. Escriba para cambiarle el nombre; cambie sus minutos en la última columna.</translation>
    </message>
    <message>
        <source>Move an agenda item</source>
        <translation>Mover una actividad de la agenda</translation>
    </message>
    <message>
        <source>Conditions are added and removed on the Agenda tab.</source>
        <translation>Las condiciones se añaden y quitan en la pestaña Agenda.</translation>
    </message>
    <message>
        <source>Remove an agenda item</source>
        <translation>Quitar una actividad de la agenda</translation>
    </message>
    <message>
        <source>Set a start time</source>
        <translation>Fijar una hora de inicio</translation>
    </message>
    <message>
        <source>Rename an agenda item</source>
        <translation>Cambiar el nombre de una actividad</translation>
    </message>
    <message>
        <source>A time box is a whole number of minutes from 1 to {most}.</source>
        <translation>El tiempo es un número entero de minutos de 1 a {most}.</translation>
    </message>
    <message>
        <source>Change a time box</source>
        <translation>Cambiar un tiempo</translation>
    </message>
    <message>
        <source>A time box is a whole number of minutes from 1 to {most}; leave it empty for none.</source>
        <translation>El tiempo es un número entero de minutos de 1 a {most}; déjelo vacío si no hay.</translation>
    </message>
    <message>
        <source>Set a question&apos;s time box</source>
        <translation>Fijar el tiempo de una pregunta</translation>
    </message>
    <message>
        <source>Save the agenda as PDF</source>
        <translation>Guardar la agenda como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The agenda was not saved: {problem}</source>
        <translation>La agenda no se guardó: {problem}</translation>
    </message>
    <message>
        <source>Agenda saved to {path}.</source>
        <translation>Agenda guardada en {path}.</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>Dis&amp;trict</source>
        <translation>Dis&amp;trito</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation>&amp;Facilitador(a)</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lugar</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>district</source>
        <translation>distrito</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>facilitador(a)</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>votes per person</source>
        <translation>votos por persona</translation>
    </message>
    <message>
        <source>e.g. North Dakota personalized learning convening</source>
        <translation>p. ej., encuentro de Dakota del Norte sobre aprendizaje personalizado</translation>
    </message>
    <message>
        <source>Venue and city</source>
        <translation>Sede y ciudad</translation>
    </message>
    <message>
        <source>Votes per person</source>
        <translation>Votos por persona</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source> votes</source>
        <translation> votos</translation>
    </message>
    <message>
        <source>Dot votes each person may place per condition (0 means no limit)</source>
        <translation>Votos con puntos que cada persona puede emitir por condición (0 significa sin límite)</translation>
    </message>
    <message>
        <source>&amp;Votes per person</source>
        <translation>&amp;Votos por persona</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Anything the facilitator wants to remember: goals, logistics…</source>
        <translation>Lo que el facilitador o la facilitadora quiera recordar: metas, logística…</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Each field is saved as soon as you leave it. Edit → Undo takes a change back.</source>
        <translation>Cada campo se guarda en cuanto sale de él. Editar → Deshacer revierte un cambio.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>No date yet (type e.g. 12 March 2027)</source>
        <translation>Aún sin fecha (escriba p. ej. 12 de marzo de 2027)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>Change votes per person</source>
        <translation>Cambiar los votos por persona</translation>
    </message>
    <message>
        <source>Change the {value}</source>
        <translation>Cambiar: {value}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Workshop bundles and action plans (*.plw *.json *.xlsx);;Workshop bundles (*.plw *.json);;Edited action-plan workbooks (*.xlsx);;All files (*)</source>
        <translation>Paquetes de taller y planes de acción (*.plw *.json *.xlsx);;Paquetes de taller (*.plw *.json);;Libros del plan de acción editados (*.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation>Eliminar taller</translation>
    </message>
    <message>
        <source>Move “{title}” to the trash?

It stays in the trash for 30 days and can be restored from Home → Trash. Edit → Undo also brings it back.</source>
        <translation>¿Mover «{title}» a la papelera?

Permanece en la papelera 30 días y puede restaurarse desde Inicio → Papelera. Editar → Deshacer también lo recupera.</translation>
    </message>
    <message>
        <source>Import workshop bundles or an edited action plan</source>
        <translation>Importar paquetes de taller o un plan de acción editado</translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <source>Self-assessment distribution chart</source>
        <translation>Gráfico de distribución de la autoevaluación</translation>
    </message>
    <message>
        <source>No placements yet</source>
        <translation>Aún no hay ubicaciones</translation>
    </message>
    <message>
        <source>★ Consensus</source>
        <translation>★ Consenso</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <source>Content editor — plworkshop</source>
        <translation>Editor de contenido — plworkshop</translation>
    </message>
    <message>
        <source>Content editor</source>
        <translation>Editor de contenido</translation>
    </message>
    <message>
        <source>Save as my pack</source>
        <translation>Guardar como mi paquete</translation>
    </message>
    <message>
        <source>Name of your pack:</source>
        <translation>Nombre de su paquete:</translation>
    </message>
    <message>
        <source>Export content pack</source>
        <translation>Exportar paquete de contenido</translation>
    </message>
    <message>
        <source>Content pack (*.json)</source>
        <translation>Paquete de contenido (*.json)</translation>
    </message>
    <message>
        <source>Import content pack</source>
        <translation>Importar paquete de contenido</translation>
    </message>
    <message>
        <source>Discard the changes you have not saved?</source>
        <translation>¿Descartar los cambios que no ha guardado?</translation>
    </message>
    <message>
        <source>Content pack</source>
        <translation>Paquete de contenido</translation>
    </message>
    <message>
        <source>&amp;Add condition…</source>
        <translation>&amp;Agregar condición…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save as &amp;my pack…</source>
        <translation>Guardar como &amp;mi paquete…</translation>
    </message>
    <message>
        <source>&amp;Use for new workshops</source>
        <translation>&amp;Usar en talleres nuevos</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Pack:</source>
        <translation>&amp;Paquete:</translation>
    </message>
    <message>
        <source>Conditions and stages</source>
        <translation>Condiciones y etapas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>{title} (version {version}, shipped)</source>
        <translation>{title} (versión {version}, incluido)</translation>
    </message>
    <message>
        <source>{title} (version {version}, your pack)</source>
        <translation>{title} (versión {version}, su paquete)</translation>
    </message>
    <message>
        <source>Stage {number}: {value}</source>
        <translation>Etapa {number}: {value}</translation>
    </message>
    <message>
        <source>the shipped pack (it is never changed; save your edits as your own pack)</source>
        <translation>el paquete incluido (nunca se modifica; guarde sus cambios como su propio paquete)</translation>
    </message>
    <message>
        <source>your own pack</source>
        <translation>su propio paquete</translation>
    </message>
    <message>
        <source>{title}, version {version}: {kind}.
{notice}</source>
        <translation>{title}, versión {version}: {kind}.
{notice}</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Hay cambios sin guardar.</translation>
    </message>
    <message>
        <source>The pack was not saved: {exc}</source>
        <translation>El paquete no se guardó: {exc}</translation>
    </message>
    <message>
        <source>Saved “{title}” (version {version}).</source>
        <translation>Se guardó «{title}» (versión {version}).</translation>
    </message>
    <message>
        <source>{title} (adapted)</source>
        <translation>{title} (adaptado)</translation>
    </message>
    <message>
        <source>New workshops will use “{title}” (version {version}).</source>
        <translation>Los talleres nuevos usarán «{title}» (versión {version}).</translation>
    </message>
    <message>
        <source>The pack was not exported: {exc}</source>
        <translation>El paquete no se exportó: {exc}</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exportado a {path}.</translation>
    </message>
    <message>
        <source>The pack was not imported: {exc}</source>
        <translation>El paquete no se importó: {exc}</translation>
    </message>
    <message>
        <source>Imported “{title}” (version {version}).</source>
        <translation>Se importó «{title}» (versión {version}).</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <source>Sorry, something went wrong and the last action did not complete. Everything you recorded before it is saved.

Details are in the log file:
{log_file}</source>
        <translation>Lo sentimos, algo salió mal y la última acción no se completó. Todo lo que registró antes está guardado.

Los detalles están en el archivo de registro:
{log_file}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Excel workbook (.xlsx): every table, to sort and filter</source>
        <translation>Libro de Excel (.xlsx): todas las tablas, para ordenar y filtrar</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Word document (.docx): the action plan, to edit</source>
        <translation>Documento de Word (.docx): el plan de acción, para editar</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <source>CSV tables in a ZIP (.zip)</source>
        <translation>Tablas CSV en un ZIP (.zip)</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>Archivos ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Markdown action plan (.md)</source>
        <translation>Plan de acción en Markdown (.md)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Archivos Markdown (*.md)</translation>
    </message>
    <message>
        <source>Workshop bundle for another computer (.plw)</source>
        <translation>Paquete del taller para otra computadora (.plw)</translation>
    </message>
    <message>
        <source>Workshop bundles (*.plw)</source>
        <translation>Paquetes de taller (*.plw)</translation>
    </message>
    <message>
        <source>Workshop bundle as JSON (.json)</source>
        <translation>Paquete del taller en JSON (.json)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>Exported to:
{path}</source>
        <translation>Exportado a:
{path}</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} ya existe. ¿Desea reemplazarlo?</translation>
    </message>
    <message>
        <source>Export workshop</source>
        <translation>Exportar el taller</translation>
    </message>
    <message>
        <source>Anonymous: name nobody; input is attributed to stakeholder groups</source>
        <translation>Anónimo: no nombrar a nadie; los aportes se atribuyen a grupos de partes interesadas</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato de exportación</translation>
    </message>
    <message>
        <source>The kind of file to write.</source>
        <translation>El tipo de archivo que se escribirá.</translation>
    </message>
    <message>
        <source>Anonymous export</source>
        <translation>Exportación anónima</translation>
    </message>
    <message>
        <source>Name nobody; input is attributed to stakeholder groups.</source>
        <translation>No nombrar a nadie; los aportes se atribuyen a grupos de partes interesadas.</translation>
    </message>
    <message>
        <source>Export language</source>
        <translation>Idioma de la exportación</translation>
    </message>
    <message>
        <source>The language of the headings and labels; the people&apos;s own words are written as they were said.</source>
        <translation>El idioma de los títulos y las etiquetas; las palabras de las personas se escriben tal como se dijeron.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>The file (or, for CSV without .zip, the folder) to write.</source>
        <translation>El archivo (o, para CSV sin .zip, la carpeta) que se escribirá.</translation>
    </message>
    <message>
        <source>Browse for a file</source>
        <translation>Buscar un archivo</translation>
    </message>
    <message>
        <source>Opens the system&apos;s save dialog.</source>
        <translation>Abre el cuadro de diálogo para guardar del sistema.</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <source>A bundle carries the whole workshop, names included, for plworkshop on another computer.</source>
        <translation>Un paquete lleva el taller completo, nombres incluidos, para plworkshop en otra computadora.</translation>
    </message>
    <message>
        <source>People who declined to be named are never named; their input is attributed to their stakeholder group. Withdrawn input is left out.</source>
        <translation>Nunca se nombra a quienes no aceptaron ser nombrados; sus aportes se atribuyen a su grupo de partes interesadas. Los aportes retirados no se incluyen.</translation>
    </message>
    <message>
        <source>Exporting “{title}”…</source>
        <translation>Exportando «{title}»…</translation>
    </message>
</context>
<context>
    <name>FacilitationPage</name>
    <message>
        <source>Names on projector</source>
        <translation>Nombres en el proyector</translation>
    </message>
    <message>
        <source>Off by default. People who declined to be named are never shown.</source>
        <translation>Desactivado por defecto. Nunca se muestra a quienes no aceptaron ser nombrados.</translation>
    </message>
    <message>
        <source>Projector view</source>
        <translation>Vista de proyector</translation>
    </message>
    <message>
        <source>Open the projector window (on the second screen if there is one)</source>
        <translation>Abrir la ventana del proyector (en la segunda pantalla, si la hay)</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Group this condition&apos;s ideas into themes (Ctrl+Shift+T)</source>
        <translation>Agrupar en temas las ideas de esta condición (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>The room may be seeing this screen (one screen, or mirrored to the projector): names in your lists show, including people who asked not to be named.</source>
        <translation>Es posible que la sala vea esta pantalla (una sola pantalla o duplicada en el proyector): sus listas muestran nombres, incluso de quienes pidieron no ser nombrados.</translation>
    </message>
    <message>
        <source>&amp;Hide names on my screen</source>
        <translation>&amp;Ocultar nombres en mi pantalla</translation>
    </message>
    <message>
        <source>Show each speaker by stakeholder group only</source>
        <translation>Mostrar a cada persona solo por su grupo de actores</translation>
    </message>
    <message>
        <source>No workshop open</source>
        <translation>Ningún taller abierto</translation>
    </message>
    <message>
        <source>Open a workshop from Home to start facilitating.</source>
        <translation>Abra un taller desde Inicio para empezar a facilitar.</translation>
    </message>
    <message>
        <source>1 condition on the agenda.</source>
        <translation>1 condición en la agenda.</translation>
    </message>
    <message>
        <source>{steps} conditions on the agenda.</source>
        <translation>{steps} condiciones en la agenda.</translation>
    </message>
    <message>
        <source>Choose a question in the navigator, or press Ctrl+Down to begin with the first one. Each time box starts when you first enter its condition.</source>
        <translation>Elija una pregunta en el navegador, o pulse Ctrl+Abajo para empezar por la primera. Cada bloque de tiempo comienza cuando entra por primera vez en su condición.</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <source>Stage {stage}: {value}</source>
        <translation>Etapa {stage}: {value}</translation>
    </message>
    <message>
        <source>Choose a condition first; its ideas are grouped into themes.</source>
        <translation>Elija primero una condición; sus ideas se agrupan en temas.</translation>
    </message>
    <message>
        <source>Type an idea, or select one in the list, then press Ctrl+Shift+K to put it in the parking lot.</source>
        <translation>Escriba una idea, o elija una en la lista, y pulse Ctrl+Shift+K para dejarla en espera.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Official text: the publisher&apos;s own wording. Changing it makes it adapted.</source>
        <translation>Texto oficial: la redacción de la editorial. Si lo cambia, pasa a ser adaptado.</translation>
    </message>
    <message>
        <source>Adapted text: not the publisher&apos;s wording.</source>
        <translation>Texto adaptado: no es la redacción de la editorial.</translation>
    </message>
    <message>
        <source>A condition you added (adapted text).</source>
        <translation>Una condición que usted agregó (texto adaptado).</translation>
    </message>
    <message>
        <source>Condition title</source>
        <translation>Título de la condición</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Quitar esta condición</translation>
    </message>
    <message>
        <source>Only conditions you added can be removed.</source>
        <translation>Solo se pueden quitar las condiciones que usted agregó.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>S&amp;trategy</source>
        <translation>Es&amp;trategia</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>supporting action</source>
        <translation>acción de apoyo</translation>
    </message>
    <message>
        <source>strategic question</source>
        <translation>pregunta estratégica</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Meta</translation>
    </message>
    <message>
        <source>Supporting &amp;actions</source>
        <translation>&amp;Acciones de apoyo</translation>
    </message>
    <message>
        <source>Strategic &amp;questions</source>
        <translation>&amp;Preguntas estratégicas</translation>
    </message>
    <message>
        <source>{title} — stage {number}: {value}
{source_note}</source>
        <translation>{title} — etapa {number}: {value}
{source_note}</translation>
    </message>
</context>
<context>
    <name>HeatMapModel</name>
    <message>
        <source>Statewide</source>
        <translation>Todo el estado</translation>
    </message>
    <message>
        <source>{row} — {condition}
{cell}
people at each stage: {counts}</source>
        <translation>{row} — {condition}
{cell}
personas en cada etapa: {counts}</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Open this workshop</source>
        <translation>Abrir este taller</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Aún sin fecha</translation>
    </message>
    <message>
        <source>Facilitator: {facilitator}</source>
        <translation>Facilitador(a): {facilitator}</translation>
    </message>
    <message>
        <source>{participants} people  ·  {responses} pieces of input  ·  {action_items} action items</source>
        <translation>{participants} personas  ·  {responses} aportes  ·  {action_items} acciones</translation>
    </message>
    <message>
        <source>Last changed {stamp}</source>
        <translation>Último cambio: {stamp}</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <source>Every workshop on this computer, most recently changed first. Double-click one, or select it and press Enter, to open it.</source>
        <translation>Todos los talleres de esta computadora, del más reciente al más antiguo. Haga doble clic en uno, o selecciónelo y pulse Intro, para abrirlo.</translation>
    </message>
    <message>
        <source>&amp;New workshop</source>
        <translation>&amp;Nuevo taller</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Abrir la &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>&amp;Papelera</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Back to workshops</source>
        <translation>&amp;Volver a los talleres</translation>
    </message>
    <message>
        <source>Enter opens the selected workshop; Delete moves it to the trash.</source>
        <translation>Intro abre el taller seleccionado; Supr lo mueve a la papelera.</translation>
    </message>
    <message>
        <source>The trash is empty. Deleted workshops stay here for 30 days.</source>
        <translation>La papelera está vacía. Los talleres eliminados permanecen aquí 30 días.</translation>
    </message>
    <message>
        <source>No workshops yet. Press “New workshop” to plan one, or open the demo to see a finished convening.</source>
        <translation>Aún no hay talleres. Pulse «Nuevo taller» para planificar uno, o abra la demostración para ver un encuentro terminado.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Deleted workshops, kept for 30 days. Select one and press Restore to bring it back.</source>
        <translation>Talleres eliminados, guardados durante 30 días. Seleccione uno y pulse Restaurar para recuperarlo.</translation>
    </message>
    <message>
        <source>Delete “{title}”</source>
        <translation>Eliminar «{title}»</translation>
    </message>
    <message>
        <source>Restore “{title}”</source>
        <translation>Restaurar «{title}»</translation>
    </message>
</context>
<context>
    <name>LanguageTag</name>
    <message>
        <source>ES · official translation</source>
        <translation>ES · traducción oficial</translation>
    </message>
    <message>
        <source>ES · unofficial translation</source>
        <translation>ES · traducción no oficial</translation>
    </message>
    <message>
        <source>This text is a translation of the framework&apos;s English wording; the English text prevails.</source>
        <translation>Este texto es una traducción de la redacción en inglés del marco; prevalece el texto en inglés.</translation>
    </message>
    <message>
        <source>EN · English text</source>
        <translation>EN · texto en inglés</translation>
    </message>
    <message>
        <source>This text has no translation (or was edited), so it is shown in English, as written.</source>
        <translation>Este texto no tiene traducción (o fue editado), por lo que se muestra en inglés, tal como está escrito.</translation>
    </message>
    <message>
        <source>ES + EN</source>
        <translation>ES + EN</translation>
    </message>
    <message>
        <source>Part of this text is translated (unofficially) and part is shown in English, as written.</source>
        <translation>Parte de este texto está traducida (de forma no oficial) y parte se muestra en inglés, tal como está escrita.</translation>
    </message>
</context>
<context>
    <name>LinkedResponsesDialog</name>
    <message>
        <source>Linked input</source>
        <translation>Aportes vinculados</translation>
    </message>
    <message>
        <source>Tick the input this action item answers.</source>
        <translation>Marque los aportes a los que responde esta acción.</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrar…</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>State &amp;view</source>
        <translation>&amp;Vista estatal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New workshop</source>
        <translation>&amp;Nuevo taller</translation>
    </message>
    <message>
        <source>New workshop &amp;from…</source>
        <translation>Nuevo taller a &amp;partir de…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Abrir la &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Report pre&amp;view…</source>
        <translation>&amp;Vista previa del informe…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>&amp;Setup</source>
        <translation>Pr&amp;eparación</translation>
    </message>
    <message>
        <source>F&amp;acilitate</source>
        <translation>&amp;Facilitar</translation>
    </message>
    <message>
        <source>Action i&amp;tems</source>
        <translation>Acci&amp;ones</translation>
    </message>
    <message>
        <source>&amp;Projector view</source>
        <translation>Vista de &amp;proyector</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>The &amp;room: participants join…</source>
        <translation>La &amp;sala: los participantes se unen…</translation>
    </message>
    <message>
        <source>&amp;Content editor…</source>
        <translation>&amp;Editor de contenido…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About plworkshop</source>
        <translation>&amp;Acerca de plworkshop</translation>
    </message>
    <message>
        <source>&amp;High contrast, large type</source>
        <translation>&amp;Alto contraste, letra grande</translation>
    </message>
    <message>
        <source>No recent workshops</source>
        <translation>No hay talleres recientes</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Opening the workshop…</source>
        <translation>Abriendo el taller…</translation>
    </message>
    <message>
        <source>State view</source>
        <translation>Vista estatal</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Facilitate</source>
        <translation>Facilitar</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>✓ All changes saved</source>
        <translation>✓ Todos los cambios guardados</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Home, Setup, Facilitate and Action items (Ctrl+1 to Ctrl+4).</source>
        <translation>Inicio, Preparación, Facilitar y Acciones (Ctrl+1 a Ctrl+4).</translation>
    </message>
    <message>
        <source>{name} (Ctrl+{number})</source>
        <translation>{name} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>Personalized learning
policy workshops</source>
        <translation>Talleres de política de
aprendizaje personalizado</translation>
    </message>
    <message>
        <source>Every edit is stored in the database the moment you make it; there is nothing to save.</source>
        <translation>Cada cambio se guarda en la base de datos en el momento en que lo hace; no hay nada que guardar.</translation>
    </message>
    <message>
        <source>Read-only: another plworkshop has this database open</source>
        <translation>Solo lectura: otro plworkshop tiene abierta esta base de datos</translation>
    </message>
    <message>
        <source>You can look, but changes cannot be stored until you close the other plworkshop and start this one again.</source>
        <translation>Puede consultar, pero no se pueden guardar cambios hasta que cierre el otro plworkshop e inicie este de nuevo.</translation>
    </message>
    <message>
        <source>Saved: {text}</source>
        <translation>Guardado: {text}</translation>
    </message>
    <message>
        <source>Action item created: see it under Action items (Ctrl+4).</source>
        <translation>Acción creada: véala en Acciones (Ctrl+4).</translation>
    </message>
    <message>
        <source>plworkshop — {workshop_title}</source>
        <translation>plworkshop — {workshop_title}</translation>
    </message>
    <message>
        <source>No workshop open</source>
        <translation>Ningún taller abierto</translation>
    </message>
    <message>
        <source>Imported: </source>
        <translation>Importado: </translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>End the room session</source>
        <translation>Terminar la sesión de la sala</translation>
    </message>
    <message>
        <source>End the room session? The join code stops working for good; everything the room sent stays recorded.</source>
        <translation>¿Terminar la sesión de la sala? El código para unirse deja de funcionar para siempre; todo lo que envió la sala queda registrado.</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation>&amp;Terminar la sesión</translation>
    </message>
    <message>
        <source>&amp;Keep it running</source>
        <translation>&amp;Mantenerla abierta</translation>
    </message>
    <message>
        <source>The room cannot listen on {host} port {port} ({reason}); choose another address or port.</source>
        <translation>La sala no puede escuchar en {host}, puerto {port} ({reason}); elija otra dirección u otro puerto.</translation>
    </message>
    <message>
        <source>Restoring a backup works on the SQLite database this app opened; a shared server is restored with its own tools.</source>
        <translation>La restauración de copias de seguridad funciona con la base de datos SQLite que abrió esta aplicación; un servidor compartido se restaura con sus propias herramientas.</translation>
    </message>
    <message>
        <source>Imported the action plan of “{title}”: 1 action item changed.</source>
        <translation>Se importó el plan de acción de «{title}»: cambió 1 acción.</translation>
    </message>
    <message>
        <source>Imported the action plan of “{title}”: {n} action items changed.</source>
        <translation>Se importó el plan de acción de «{title}»: cambiaron {n} acciones.</translation>
    </message>
    <message>
        <source>Restored the backup of {name}; the previous database was kept aside.</source>
        <translation>Se restauró la copia de seguridad de {name}; la base de datos anterior se guardó aparte.</translation>
    </message>
    <message>
        <source>About plworkshop</source>
        <translation>Acerca de plworkshop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;plworkshop {version__}&lt;/h3&gt;&lt;p&gt;Run in-person state and district workshops on the KnowledgeWorks State Policy Framework for Personalized Learning, offline.&lt;/p&gt;&lt;p&gt;Framework pack: {title}&lt;br&gt;({id}, version {version})&lt;/p&gt;&lt;p&gt;Data folder: {data_dir}&lt;br&gt;Database: {url}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;plworkshop {version__}&lt;/h3&gt;&lt;p&gt;Para facilitar talleres presenciales estatales y de distrito sobre el Marco de Políticas Estatales para el Aprendizaje Personalizado de KnowledgeWorks, sin conexión.&lt;/p&gt;&lt;p&gt;Paquete del marco: {title}&lt;br&gt;({id}, versión {version})&lt;/p&gt;&lt;p&gt;Carpeta de datos: {data_dir}&lt;br&gt;Base de datos: {url}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Opening your workshops…</source>
        <translation>Abriendo sus talleres…</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <source>Opening “{title}”…</source>
        <translation>Abriendo «{title}»…</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Agenda navigator</source>
        <translation>Navegador de la agenda</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>Self-assessment: where are we?</source>
        <translation>Autoevaluación: ¿dónde estamos?</translation>
    </message>
    <message>
        <source>{number}. {title}  ·  {minutes} min</source>
        <translation>{number}. {title}  ·  {minutes} min</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Stage {number}: {name}</source>
        <translation>Etapa {number}: {name}</translation>
    </message>
    <message>
        <source>Q{index}  {short}</source>
        <translation>P{index}  {short}</translation>
    </message>
</context>
<context>
    <name>NewConditionDialog</name>
    <message>
        <source>Add a condition</source>
        <translation>Agregar una condición</translation>
    </message>
    <message>
        <source>Condition title</source>
        <translation>Título de la condición</translation>
    </message>
    <message>
        <source>e.g. a state priority, or the framework&apos;s twelfth condition</source>
        <translation>p. ej., una prioridad estatal, o la duodécima condición del marco</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>One paragraph on what this condition is about</source>
        <translation>Un párrafo sobre el tema de esta condición</translation>
    </message>
    <message>
        <source>Stage {number} goal</source>
        <translation>Meta de la etapa {number}</translation>
    </message>
    <message>
        <source>What the state has achieved at this stage</source>
        <translation>Lo que el estado ha logrado en esta etapa</translation>
    </message>
    <message>
        <source>Stage {number} supporting actions</source>
        <translation>Acciones de apoyo de la etapa {number}</translation>
    </message>
    <message>
        <source>One supporting action per line</source>
        <translation>Una acción de apoyo por línea</translation>
    </message>
    <message>
        <source>Stage {number} strategic questions</source>
        <translation>Preguntas estratégicas de la etapa {number}</translation>
    </message>
    <message>
        <source>One strategic question per line</source>
        <translation>Una pregunta estratégica por línea</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Supporting actions</source>
        <translation>Acciones de apoyo</translation>
    </message>
    <message>
        <source>Strategic questions</source>
        <translation>Preguntas estratégicas</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>S&amp;trategy</source>
        <translation>Es&amp;trategia</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>Each stage needs a goal, at least one supporting action and one question:</source>
        <translation>Cada etapa necesita una meta, al menos una acción de apoyo y una pregunta:</translation>
    </message>
    <message>
        <source>The {file} {value}.</source>
        <translation>{file}: {value}.</translation>
    </message>
</context>
<context>
    <name>NewFrom</name>
    <message>
        <source>New workshop from an earlier one</source>
        <translation>Nuevo taller a partir de uno anterior</translation>
    </message>
    <message>
        <source>The new workshop gets the earlier one&apos;s agenda, roster (with who may be named) and settings; no input, votes, placements or action items.</source>
        <translation>El nuevo taller recibe la agenda, la lista de participantes (con quién puede ser nombrado) y los ajustes del anterior; ni aportes, ni votos, ni ubicaciones, ni acciones.</translation>
    </message>
    <message>
        <source>Earlier workshops</source>
        <translation>Talleres anteriores</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} personas</translation>
    </message>
    <message>
        <source>e.g. 12 March 2027</source>
        <translation>p. ej. 12 de marzo de 2027</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>{title} (next session)</source>
        <translation>{title} (siguiente sesión)</translation>
    </message>
    <message>
        <source>There is no earlier workshop to start from.</source>
        <translation>No hay ningún taller anterior del que partir.</translation>
    </message>
</context>
<context>
    <name>ParkingLot</name>
    <message>
        <source>Parking lot</source>
        <translation>Ideas en espera</translation>
    </message>
    <message>
        <source>Ctrl+Enter moves the idea to the current question; Delete withdraws it.</source>
        <translation>Ctrl+Intro lleva la idea a la pregunta actual; Supr la retira.</translation>
    </message>
    <message>
        <source>To this question</source>
        <translation>A esta pregunta</translation>
    </message>
    <message>
        <source>Move the selected idea to the current question (Ctrl+Enter)</source>
        <translation>Llevar la idea elegida a la pregunta actual (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Withdraw the selected idea (Del); Ctrl+Z brings it back</source>
        <translation>Retirar la idea elegida (Supr); Ctrl+Z la recupera</translation>
    </message>
    <message>
        <source>&amp;Parking lot ({n})</source>
        <translation>Ideas en &amp;espera ({n})</translation>
    </message>
    <message>
        <source>Park an idea</source>
        <translation>Dejar una idea en espera</translation>
    </message>
    <message>
        <source>Put in the parking lot. Ctrl+Z takes it back.</source>
        <translation>Dejada en espera. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Move an idea to the parking lot</source>
        <translation>Llevar una idea a la espera</translation>
    </message>
    <message>
        <source>Moved to the parking lot. Ctrl+Z puts it back.</source>
        <translation>Llevada a la espera. Ctrl+Z la devuelve.</translation>
    </message>
    <message>
        <source>Choose a strategic question first; the idea moves there.</source>
        <translation>Elija primero una pregunta estratégica; la idea irá allí.</translation>
    </message>
    <message>
        <source>Move a parked idea to a question</source>
        <translation>Llevar una idea en espera a una pregunta</translation>
    </message>
    <message>
        <source>Moved to the current question.</source>
        <translation>Llevada a la pregunta actual.</translation>
    </message>
    <message>
        <source>Withdraw a parked idea</source>
        <translation>Retirar una idea en espera</translation>
    </message>
    <message>
        <source>Withdrawn from the parking lot. Ctrl+Z brings it back.</source>
        <translation>Retirada de la espera. Ctrl+Z la recupera.</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Grupo de partes interesadas</translation>
    </message>
    <message>
        <source>May be named in reports</source>
        <translation>Puede nombrarse en los informes</translation>
    </message>
    <message>
        <source>Type a name to add someone…</source>
        <translation>Escriba un nombre para agregar a alguien…</translation>
    </message>
    <message>
        <source>Reports may show this person&apos;s name.</source>
        <translation>Los informes pueden mostrar el nombre de esta persona.</translation>
    </message>
    <message>
        <source>Reports show only this person&apos;s stakeholder group.</source>
        <translation>Los informes muestran solo el grupo de partes interesadas de esta persona.</translation>
    </message>
</context>
<context>
    <name>PdfPrinting</name>
    <message>
        <source>Print the action plan</source>
        <translation>Imprimir el plan de acción</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <source>“{text}”</source>
        <translation>«{text}»</translation>
    </message>
    <message>
        <source>New item (row {row}) {title}</source>
        <translation>Acción nueva (fila {row}) {title}</translation>
    </message>
    <message>
        <source>Item {number} {title}</source>
        <translation>Acción {number} {title}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>New progress note, as of {date}: {text}</source>
        <translation>Nueva nota de avance, al {date}: {text}</translation>
    </message>
    <message>
        <source>No field other than the title.</source>
        <translation>Ningún campo aparte del título.</translation>
    </message>
    <message>
        <source>1 action item changes</source>
        <translation>cambia 1 acción</translation>
    </message>
    <message>
        <source>{n} action items change</source>
        <translation>cambian {n} acciones</translation>
    </message>
    <message>
        <source>1 new action item</source>
        <translation>1 acción nueva</translation>
    </message>
    <message>
        <source>{n} new action items</source>
        <translation>{n} acciones nuevas</translation>
    </message>
    <message>
        <source>1 stays as it is</source>
        <translation>1 queda como está</translation>
    </message>
    <message>
        <source>{n} stay as they are</source>
        <translation>{n} quedan como están</translation>
    </message>
    <message>
        <source>{parts}. Nothing is deleted.</source>
        <translation>{parts}. No se elimina nada.</translation>
    </message>
    <message>
        <source>Import the action plan</source>
        <translation>Importar el plan de acción</translation>
    </message>
    <message>
        <source>Bring the changes in “{file}” into “{workshop}”?</source>
        <translation>¿Incorporar los cambios de «{file}» a «{workshop}»?</translation>
    </message>
    <message>
        <source>This workbook is the plan of another workshop than the one open now; that workshop opens once the changes are in.</source>
        <translation>Este libro es el plan de otro taller, no del que está abierto; ese taller se abrirá cuando los cambios estén incorporados.</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>Qué cambiará</translation>
    </message>
    <message>
        <source>Apply makes every change at once; Cancel leaves the plan exactly as it is.</source>
        <translation>Aplicar hace todos los cambios a la vez; Cancelar deja el plan exactamente como está.</translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation>&amp;Aplicar cambios</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PlanImportFlow</name>
    <message>
        <source>…and {n} more.</source>
        <translation>…y {n} más.</translation>
    </message>
    <message>
        <source>The file could not be read ({reason}).</source>
        <translation>No se pudo leer el archivo ({reason}).</translation>
    </message>
    <message>
        <source>Reading “{name}”…</source>
        <translation>Leyendo «{name}»…</translation>
    </message>
    <message>
        <source>“{name}” holds no change to the action plan of “{workshop}”; nothing was imported.</source>
        <translation>«{name}» no contiene ningún cambio al plan de acción de «{workshop}»; no se importó nada.</translation>
    </message>
    <message>
        <source>Bringing in the changes from “{name}”…</source>
        <translation>Incorporando los cambios de «{name}»…</translation>
    </message>
    <message>
        <source>“{name}” was not imported, and nothing was changed:</source>
        <translation>«{name}» no se importó y no se cambió nada:</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the menus, screens, reports and exports.</source>
        <translation>El idioma de los menús, las pantallas, los informes y las exportaciones.</translation>
    </message>
    <message>
        <source>&amp;High contrast, large type</source>
        <translation>&amp;Alto contraste, letra grande</translation>
    </message>
    <message>
        <source>High contrast, large type</source>
        <translation>Alto contraste, letra grande</translation>
    </message>
    <message>
        <source>Black on white, a thick focus ring and type 1.4 times larger.</source>
        <translation>Negro sobre blanco, un marco de foco grueso y letra 1,4 veces más grande.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The new language is used the next time plworkshop starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se inicie plworkshop.</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>and {more} more</source>
        <translation>y {more} más</translation>
    </message>
    <message>
        <source>plworkshop — projector</source>
        <translation>plworkshop — proyector</translation>
    </message>
    <message>
        <source>QR code of the join address</source>
        <translation>Código QR de la dirección para unirse</translation>
    </message>
    <message>
        <source>Join from your phone:</source>
        <translation>Únase desde su teléfono:</translation>
    </message>
    <message>
        <source>End room session</source>
        <translation>Terminar la sesión de la sala</translation>
    </message>
    <message>
        <source>Start room session</source>
        <translation>Iniciar la sesión de la sala</translation>
    </message>
    <message>
        <source>The join code stops working; everything sent stays recorded</source>
        <translation>El código para unirse deja de funcionar; todo lo enviado queda registrado</translation>
    </message>
    <message>
        <source>Let participants join from their own phones</source>
        <translation>Permitir que los participantes se unan desde sus teléfonos</translation>
    </message>
    <message>
        <source>{n} connected</source>
        <translation>{n} conectados</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>STAGE SELF-ASSESSMENT</source>
        <translation>AUTOEVALUACIÓN DE LA ETAPA</translation>
    </message>
    <message>
        <source>Where does our state stand today?</source>
        <translation>¿Dónde se encuentra hoy nuestro estado?</translation>
    </message>
    <message>
        <source>STAGE {stage} · {upper}</source>
        <translation>ETAPA {stage} · {upper}</translation>
    </message>
    <message>
        <source>Your ideas will appear here.</source>
        <translation>Sus ideas aparecerán aquí.</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Building the action plan…</source>
        <translation>Preparando el plan de acción…</translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <source>Save the action plan</source>
        <translation>Guardar el plan de acción</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Action plan — {title}</source>
        <translation>Plan de acción — {title}</translation>
    </message>
    <message>
        <source>Action plan preview</source>
        <translation>Vista previa del plan de acción</translation>
    </message>
    <message>
        <source>Pages of the action plan</source>
        <translation>Páginas del plan de acción</translation>
    </message>
    <message>
        <source>The PDF as it will print; the PDF itself carries real text for screen readers.</source>
        <translation>El PDF tal como se imprimirá; el propio PDF contiene texto real para lectores de pantalla.</translation>
    </message>
    <message>
        <source>Preview tools</source>
        <translation>Herramientas de la vista previa</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Anonymous edition</source>
        <translation>Edición anónima</translation>
    </message>
    <message>
        <source>Rebuilds the report naming nobody; input is attributed to stakeholder groups.</source>
        <translation>Vuelve a preparar el informe sin nombrar a nadie; los aportes se atribuyen a grupos de partes interesadas.</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <source>The language of the report&apos;s headings and labels; the people&apos;s own words are printed as they were written.</source>
        <translation>El idioma de los títulos y las etiquetas del informe; las palabras de las personas se imprimen tal como se escribieron.</translation>
    </message>
    <message>
        <source>Edition and paper</source>
        <translation>Edición y papel</translation>
    </message>
    <message>
        <source>Full record</source>
        <translation>Registro completo</translation>
    </message>
    <message>
        <source>Every input of every question; otherwise the summary edition prints the most-voted ideas of each question.</source>
        <translation>Todos los aportes de cada pregunta; si no, la edición resumida imprime las ideas más votadas de cada pregunta.</translation>
    </message>
    <message>
        <source>Ideas per question:</source>
        <translation>Ideas por pregunta:</translation>
    </message>
    <message>
        <source>Ideas per question</source>
        <translation>Ideas por pregunta</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>{n} páginas</translation>
    </message>
    <message>
        <source>The PDF could not be saved: {reason}.</source>
        <translation>No se pudo guardar el PDF: {reason}.</translation>
    </message>
</context>
<context>
    <name>ResponseCommands</name>
    <message>
        <source>Record input</source>
        <translation>Registrar aporte</translation>
    </message>
    <message>
        <source>Edit input</source>
        <translation>Editar aporte</translation>
    </message>
    <message>
        <source>Withdraw input</source>
        <translation>Retirar aporte</translation>
    </message>
    <message>
        <source>Restore input</source>
        <translation>Restaurar aporte</translation>
    </message>
    <message>
        <source>Change who said it</source>
        <translation>Cambiar quién lo dijo</translation>
    </message>
    <message>
        <source>All {value} votes for this condition have been placed; take one back first, or raise the votes per person in Setup.</source>
        <translation>Ya se emitieron los {value} votos de esta condición; retire uno primero o aumente los votos por persona en Preparación.</translation>
    </message>
    <message>
        <source>Add a vote</source>
        <translation>Agregar un voto</translation>
    </message>
    <message>
        <source>Take back a vote</source>
        <translation>Retirar un voto</translation>
    </message>
    <message>
        <source>That would place {total} of the {value} votes for this condition; {left} are left for this idea.</source>
        <translation>Eso colocaría {total} de los {value} votos de esta condición; quedan {left} para esta idea.</translation>
    </message>
    <message>
        <source>Set votes to {n}</source>
        <translation>Fijar votos en {n}</translation>
    </message>
    <message>
        <source>Make action item</source>
        <translation>Crear acción</translation>
    </message>
</context>
<context>
    <name>ResponseEntry</name>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <source>Type what was said and press Enter  (Shift+Enter for a new line)</source>
        <translation>Escriba lo que se dijo y pulse Intro  (Mayús+Intro para una línea nueva)</translation>
    </message>
    <message>
        <source>New input</source>
        <translation>Nuevo aporte</translation>
    </message>
    <message>
        <source>Said by</source>
        <translation>Dicho por</translation>
    </message>
    <message>
        <source>Type part of a name or group and press Enter.</source>
        <translation>Escriba parte de un nombre o grupo y pulse Intro.</translation>
    </message>
    <message>
        <source>Group: {label}</source>
        <translation>Grupo: {label}</translation>
    </message>
</context>
<context>
    <name>ResponseListModel</name>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Lo que se dijo</translation>
    </message>
    <message>
        <source>Said by</source>
        <translation>Dicho por</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <source> · from the room, waiting for approval</source>
        <translation> · desde la sala, pendiente de aprobación</translation>
    </message>
    <message>
        <source> · from the room</source>
        <translation> · desde la sala</translation>
    </message>
    <message>
        <source>   (withdrawn)</source>
        <translation>   (retirado)</translation>
    </message>
</context>
<context>
    <name>ResponsePanel</name>
    <message>
        <source>Most votes first</source>
        <translation>Más votados primero</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Más antiguos primero</translation>
    </message>
    <message>
        <source>&amp;Said by:</source>
        <translation>&amp;Dicho por:</translation>
    </message>
    <message>
        <source>Ctrl+L, then type part of a name or group and press Enter. The choice stays for the next entry.</source>
        <translation>Ctrl+L, escriba parte de un nombre o grupo y pulse Intro. La elección se mantiene para el siguiente aporte.</translation>
    </message>
    <message>
        <source>Record
(Enter)</source>
        <translation>Registrar
(Intro)</translation>
    </message>
    <message>
        <source>Filter what was said</source>
        <translation>Filtrar lo que se dijo</translation>
    </message>
    <message>
        <source>Filter what was said…</source>
        <translation>Filtrar lo que se dijo…</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Todos los grupos</translation>
    </message>
    <message>
        <source>Show withdrawn</source>
        <translation>Mostrar retirados</translation>
    </message>
    <message>
        <source>What has been said</source>
        <translation>Lo que se ha dicho</translation>
    </message>
    <message>
        <source>Plus and minus vote, Delete withdraws, F2 edits.</source>
        <translation>Más y menos votan, Supr retira, F2 edita.</translation>
    </message>
    <message>
        <source>+ Vote</source>
        <translation>+ Voto</translation>
    </message>
    <message>
        <source>Add a vote (+)</source>
        <translation>Añadir un voto (+)</translation>
    </message>
    <message>
        <source>− Vote</source>
        <translation>− Voto</translation>
    </message>
    <message>
        <source>Votes for the selected idea</source>
        <translation>Votos de la idea seleccionada</translation>
    </message>
    <message>
        <source>Type a number on an idea in the list, then Enter, to set its votes</source>
        <translation>Escriba un número sobre una idea de la lista y pulse Intro para fijar sus votos</translation>
    </message>
    <message>
        <source>Take back a vote (−)</source>
        <translation>Retirar un voto (−)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit the text (F2)</source>
        <translation>Editar el texto (F2)</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Withdraw (Del); Ctrl+Z brings it back</source>
        <translation>Retirar (Supr); Ctrl+Z lo recupera</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Make an action item from it (Ctrl+Shift+A)</source>
        <translation>Convertir en acción (Ctrl+Mayús+A)</translation>
    </message>
    <message>
        <source>Change who said it…</source>
        <translation>Cambiar quién lo dijo…</translation>
    </message>
    <message>
        <source>Type what was said and press Enter  (Shift+Enter for a new line)</source>
        <translation>Escriba lo que se dijo y pulse Intro  (Mayús+Intro para una línea nueva)</translation>
    </message>
    <message>
        <source>Choose a strategic question in the navigator to record input.</source>
        <translation>Elija una pregunta estratégica en el navegador para registrar aportes.</translation>
    </message>
    <message>
        <source>Votes: no limit</source>
        <translation>Votos: sin límite</translation>
    </message>
    <message>
        <source>Votes left: {value} of {available}</source>
        <translation>Votos restantes: {value} de {available}</translation>
    </message>
    <message>
        <source>Recorded — {currentText}</source>
        <translation>Registrado — {currentText}</translation>
    </message>
    <message>
        <source>This idea has no votes to take back.</source>
        <translation>Esta idea no tiene votos que retirar.</translation>
    </message>
    <message>
        <source>Vote added.</source>
        <translation>Voto agregado.</translation>
    </message>
    <message>
        <source>Vote taken back.</source>
        <translation>Voto retirado.</translation>
    </message>
    <message>
        <source>Votes set to {n}.</source>
        <translation>Votos fijados en {n}.</translation>
    </message>
    <message>
        <source>Withdrawn. Ctrl+Z brings it back; tick “Show withdrawn” to see it.</source>
        <translation>Retirado. Ctrl+Z lo recupera; marque «Mostrar retirados» para verlo.</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Restaurado.</translation>
    </message>
    <message>
        <source>Select a response first.</source>
        <translation>Seleccione primero un aporte.</translation>
    </message>
    <message>
        <source>Action item made — see Action items.</source>
        <translation>Acción creada — véala en Acciones.</translation>
    </message>
    <message>
        <source>Now attributed to {who}.</source>
        <translation>Ahora atribuido a {who}.</translation>
    </message>
    <message>
        <source>Recording as the group: {name}</source>
        <translation>Se registra como el grupo: {name}</translation>
    </message>
    <message>
        <source>Recording as: {name}</source>
        <translation>Se registra como: {name}</translation>
    </message>
    <message>
        <source>No one matches “{typed}” — still {name}</source>
        <translation>Nadie coincide con «{typed}»; sigue {name}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore (Ctrl+Shift+R)</source>
        <translation>Restaurar (Ctrl+Mayús+R)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>{value:.1f} MB</source>
        <translation>{value:.1f} MB</translation>
    </message>
    <message>
        <source>{max} KB</source>
        <translation>{max} KB</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose a backup to go back to. The database as it is now is kept aside, so restoring can itself be undone by restoring again.</source>
        <translation>Elija la copia de seguridad a la que quiere volver. La base de datos actual se guarda aparte, de modo que la restauración puede deshacerse restaurando de nuevo.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>There are no backups yet. One is taken each day you open plworkshop and each time you close it.</source>
        <translation>Aún no hay copias de seguridad. Se hace una cada día que abre plworkshop y cada vez que lo cierra.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Go back to the backup of {taken_at:%Y-%m-%d %H:%M} ({workshops} workshops)? Anything recorded after it will be set aside with the current database.</source>
        <translation>¿Volver a la copia de seguridad del {taken_at:%Y-%m-%d %H:%M} ({workshops} talleres)? Lo registrado después se guardará aparte junto con la base de datos actual.</translation>
    </message>
</context>
<context>
    <name>RollupLists</name>
    <message>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>Gap between groups</source>
        <translation>Brecha</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Más alto</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Más bajo</translation>
    </message>
    <message>
        <source>Minority views</source>
        <translation>Opiniones minoritarias</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Grupo de partes interesadas</translation>
    </message>
    <message>
        <source>Stage {stage}: {question}</source>
        <translation>Etapa {stage}: {question}</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Policy lever</source>
        <translation>Palanca de política</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
</context>
<context>
    <name>RoomBudget</name>
    <message>
        <source>A member of: {group}</source>
        <translation>Integrante de: {group}</translation>
    </message>
    <message>
        <source>Anonymous device {n}</source>
        <translation>Dispositivo anónimo {n}</translation>
    </message>
    <message>
        <source>{who} ({n} devices)</source>
        <translation>{who} ({n} dispositivos)</translation>
    </message>
    <message>
        <source>Room voting: no device has joined yet</source>
        <translation>Votación de la sala: todavía no se ha unido ningún dispositivo</translation>
    </message>
    <message>
        <source>1 device</source>
        <translation>1 dispositivo</translation>
    </message>
    <message>
        <source>{n} devices</source>
        <translation>{n} dispositivos</translation>
    </message>
    <message>
        <source>Room voting: {devices}, no dot limit; {spent} dots placed</source>
        <translation>Votación de la sala: {devices}, sin límite de puntos; {spent} puntos colocados</translation>
    </message>
    <message>
        <source>Room voting: {devices}, {each} dots each; {spent} of {total} dots spent</source>
        <translation>Votación de la sala: {devices}, {each} puntos cada uno; {spent} de {total} puntos usados</translation>
    </message>
    <message>
        <source>Each device that joins gets its own dots.</source>
        <translation>Cada dispositivo que se une recibe sus propios puntos.</translation>
    </message>
    <message>
        <source>{left} of {n} still have dots to place.</source>
        <translation>{left} de {n} todavía tienen puntos por colocar.</translation>
    </message>
    <message>
        <source>{who}: {spent} placed</source>
        <translation>{who}: {spent} colocados</translation>
    </message>
    <message>
        <source>{who}: {spent} spent, {left} left</source>
        <translation>{who}: {spent} usados, {left} restantes</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>y {n} más</translation>
    </message>
</context>
<context>
    <name>RoomDialogs</name>
    <message>
        <source>Let the room join</source>
        <translation>Que la sala se una</translation>
    </message>
    <message>
        <source>Participants open a page on their own phones or laptops, on the same Wi-Fi or phone hotspot as this computer. Nothing goes to the internet. Choose the address of the network the room is on; the first one is usually right. Your computer&apos;s firewall may ask whether plworkshop may accept connections on this network: allow it for private networks.</source>
        <translation>Los participantes abren una página en sus propios teléfonos o portátiles, en la misma red Wi-Fi o punto de acceso del teléfono que este equipo. Nada sale a internet. Elija la dirección de la red en la que está la sala; la primera suele ser la correcta. El cortafuegos del equipo puede preguntar si plworkshop puede aceptar conexiones en esta red: permítalo para redes privadas.</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>Dirección de red</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Make a &amp;new join code (devices that joined before must join again)</source>
        <translation>Crear un código de acceso &amp;nuevo (los dispositivos que ya se unieron deberán unirse de nuevo)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
</context>
<context>
    <name>RoomWindow</name>
    <message>
        <source>Join from your phone: scan the code or type the address</source>
        <translation>Únase desde su teléfono: escanee el código o escriba la dirección</translation>
    </message>
    <message>
        <source>QR code of the join address</source>
        <translation>Código QR de la dirección de acceso</translation>
    </message>
    <message>
        <source>The room</source>
        <translation>La sala</translation>
    </message>
    <message>
        <source>Show the join code on the p&amp;rojector</source>
        <translation>Mostrar el código de acceso en el p&amp;royector</translation>
    </message>
    <message>
        <source>&amp;Input open (untick to pause)</source>
        <translation>&amp;Aportes abiertos (desmarque para pausar)</translation>
    </message>
    <message>
        <source>&amp;Voting open (each device spends its own votes)</source>
        <translation>&amp;Votación abierta (cada dispositivo usa sus propios votos)</translation>
    </message>
    <message>
        <source>&amp;Hide vote counts until voting closes</source>
        <translation>&amp;Ocultar los recuentos hasta cerrar la votación</translation>
    </message>
    <message>
        <source>Hold new input for my &amp;approval</source>
        <translation>Retener los aportes nuevos hasta mi a&amp;probación</translation>
    </message>
    <message>
        <source>Waiting for approval:</source>
        <translation>Pendiente de aprobación:</translation>
    </message>
    <message>
        <source>Input waiting for approval</source>
        <translation>Aportes pendientes de aprobación</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>Apro&amp;bar</translation>
    </message>
    <message>
        <source>Print join &amp;cards…</source>
        <translation>Imprimir &amp;tarjetas de acceso…</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation>&amp;Terminar la sesión</translation>
    </message>
    <message>
        <source>Devices with the page open: {n}</source>
        <translation>Dispositivos con la página abierta: {n}</translation>
    </message>
    <message>
        <source>Save join cards</source>
        <translation>Guardar las tarjetas de acceso</translation>
    </message>
</context>
<context>
    <name>RosterEditor</name>
    <message>
        <source>&amp;Forget…</source>
        <translation>&amp;Olvidar…</translation>
    </message>
    <message>
        <source>Forget the selected participants</source>
        <translation>Olvidar a los participantes seleccionados</translation>
    </message>
    <message>
        <source>Erase a person&apos;s details everywhere, keeping their input under their stakeholder group</source>
        <translation>Borrar en todas partes los datos de una persona, conservando sus aportes bajo su grupo de partes interesadas</translation>
    </message>
    <message>
        <source>Forget a participant</source>
        <translation>Olvidar a un participante</translation>
    </message>
    <message>
        <source>Erase the name, role and organization of {who} everywhere, for good?

What they said stays, attributed to their stakeholder group. This cannot be undone, and the undo history is cleared so that no earlier edit can bring the name back.</source>
        <translation>¿Borrar para siempre, en todas partes, el nombre, el cargo y la organización de {who}?

Lo que dijo se conserva, atribuido a su grupo de partes interesadas. Esto no se puede deshacer, y el historial de deshacer se vacía para que ninguna edición anterior pueda recuperar el nombre.</translation>
    </message>
    <message>
        <source>these {len} people</source>
        <translation>estas {len} personas</translation>
    </message>
    <message>
        <source>Remove from the roster</source>
        <translation>Quitar de la lista de participantes</translation>
    </message>
    <message>
        <source>Remove {who} from the roster?

Anything they said stays, attributed to their stakeholder group. Edit → Undo puts them back.</source>
        <translation>¿Quitar a {who} de la lista de participantes?

Lo que hayan dicho se conserva, atribuido a su grupo de partes interesadas. Editar → Deshacer los vuelve a agregar.</translation>
    </message>
    <message>
        <source>Paste roster</source>
        <translation>Pegar lista de participantes</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Lista de participantes</translation>
    </message>
    <message>
        <source>One participant per row; type in the last row to add someone.</source>
        <translation>Un participante por fila; escriba en la última fila para agregar a alguien.</translation>
    </message>
    <message>
        <source>Type a name and press Enter for the next person; Tab moves across. Paste rows from a spreadsheet with Ctrl+V (name, role, organization, group, may be named).</source>
        <translation>Escriba un nombre y pulse Intro para pasar a la siguiente persona; Tab avanza por las columnas. Pegue filas de una hoja de cálculo con Ctrl+V (nombre, cargo, organización, grupo, puede nombrarse).</translation>
    </message>
    <message>
        <source>&amp;Paste from spreadsheet</source>
        <translation>&amp;Pegar desde hoja de cálculo</translation>
    </message>
    <message>
        <source>&amp;Remove selected…</source>
        <translation>&amp;Quitar seleccionados…</translation>
    </message>
    <message>
        <source>No participants yet</source>
        <translation>Aún no hay participantes</translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>1 participante</translation>
    </message>
    <message>
        <source>{n} participants</source>
        <translation>{n} participantes</translation>
    </message>
    <message>
        <source>There is nothing to paste: copy some rows from a spreadsheet first.</source>
        <translation>No hay nada que pegar: copie antes algunas filas de una hoja de cálculo.</translation>
    </message>
</context>
<context>
    <name>RosterEdits</name>
    <message>
        <source>Add {name}</source>
        <translation>Agregar a {name}</translation>
    </message>
    <message>
        <source>Add {len} people</source>
        <translation>Agregar {len} personas</translation>
    </message>
    <message>
        <source>may be named</source>
        <translation>puede nombrarse</translation>
    </message>
    <message>
        <source>Change {what} of {name}</source>
        <translation>Cambiar {what} de {name}</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Quitar a {name}</translation>
    </message>
    <message>
        <source>Remove {len} people</source>
        <translation>Quitar {len} personas</translation>
    </message>
</context>
<context>
    <name>RosterPaste</name>
    <message>
        <source>Not used</source>
        <translation>No se usa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Grupo de actores</translation>
    </message>
    <message>
        <source>May be named (yes = named)</source>
        <translation>Se puede nombrar (sí = nombrado)</translation>
    </message>
    <message>
        <source>Anonymous (yes = not named)</source>
        <translation>Anónimo (sí = sin nombre)</translation>
    </message>
    <message>
        <source>Check the pasted roster</source>
        <translation>Revisar la lista pegada</translation>
    </message>
    <message>
        <source>Pasted people</source>
        <translation>Personas pegadas</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Intro</translation>
    </message>
    <message>
        <source>Column {n}</source>
        <translation>Columna {n}</translation>
    </message>
    <message>
        <source>Column “{header}” holds</source>
        <translation>La columna «{header}» contiene</translation>
    </message>
    <message>
        <source>named</source>
        <translation>nombrado</translation>
    </message>
    <message>
        <source>No name: type one, or this row is left out.</source>
        <translation>Sin nombre: escriba uno, o esta fila queda fuera.</translation>
    </message>
    <message>
        <source>“{text}” is not a group here: shown as Other.</source>
        <translation>«{text}» no es un grupo aquí: se muestra como Otros.</translation>
    </message>
    <message>
        <source>“{text}” read as this group.</source>
        <translation>«{text}» se leyó como este grupo.</translation>
    </message>
    <message>
        <source>Consent “{text}” is not a plain yes or no: not named.</source>
        <translation>El consentimiento «{text}» no es un sí o un no claro: sin nombre.</translation>
    </message>
    <message>
        <source>No consent given: not named.</source>
        <translation>Sin consentimiento: sin nombre.</translation>
    </message>
    <message>
        <source>column {n}</source>
        <translation>columna {n}</translation>
    </message>
    <message>
        <source>Who may be named is read from “{column}”.</source>
        <translation>Quién puede ser nombrado se lee de «{column}».</translation>
    </message>
    <message>
        <source>{n} without a plain yes or no will not be named unless you tick them.</source>
        <translation>{n} sin un sí o un no claro no serán nombrados salvo que los marque.</translation>
    </message>
    <message>
        <source>No column says who may be named, so nobody is ticked as named: tick those who agreed, or choose below which column holds consent.</source>
        <translation>Ninguna columna dice quién puede ser nombrado, así que nadie queda marcado: marque a quienes aceptaron, o elija abajo qué columna tiene el consentimiento.</translation>
    </message>
    <message>
        <source>Not understood, so not used: {columns}. Choose below what they hold if they matter.</source>
        <translation>No se entendieron, así que no se usan: {columns}. Elija abajo qué contienen si importan.</translation>
    </message>
    <message>
        <source>Some groups were read loosely or not at all: check the highlighted rows (F2 or a letter changes a cell).</source>
        <translation>Algunos grupos se leyeron de forma aproximada o no se reconocieron: revise las filas resaltadas (F2 o una letra cambia una celda).</translation>
    </message>
    <message>
        <source>&amp;Add 1 person</source>
        <translation>&amp;Añadir 1 persona</translation>
    </message>
    <message>
        <source>&amp;Add {n} people</source>
        <translation>&amp;Añadir {n} personas</translation>
    </message>
    <message>
        <source>({left} without a name left out)</source>
        <translation>({left} sin nombre quedan fuera)</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Workshop setup</source>
        <translation>Preparación del taller</translation>
    </message>
    <message>
        <source>Setup sections</source>
        <translation>Secciones de la preparación</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Participantes</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>Day &amp;plan</source>
        <translation>&amp;Plan del día</translation>
    </message>
    <message>
        <source>Setup — {title}</source>
        <translation>Preparación — {title}</translation>
    </message>
</context>
<context>
    <name>SpeakerDialog</name>
    <message>
        <source>Change who said it</source>
        <translation>Cambiar quién lo dijo</translation>
    </message>
    <message>
        <source>Who said “{text}”?</source>
        <translation>¿Quién dijo «{text}»?</translation>
    </message>
    <message>
        <source>No one on the roster or in the groups matches “{text}”.</source>
        <translation>Nadie de la lista ni de los grupos coincide con «{text}».</translation>
    </message>
</context>
<context>
    <name>StartupProblems</name>
    <message>
        <source>The damaged file will not be changed or deleted.</source>
        <translation>El archivo dañado no se modificará ni se eliminará.</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Restaurar la copia de seguridad más reciente</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Abrir otro archivo…</translation>
    </message>
    <message>
        <source>

Open it read-only?</source>
        <translation>

¿Abrirla en modo de solo lectura?</translation>
    </message>
    <message>
        <source>Open a plworkshop database</source>
        <translation>Abrir una base de datos de plworkshop</translation>
    </message>
    <message>
        <source>plworkshop databases (*.db);;All files (*)</source>
        <translation>Bases de datos de plworkshop (*.db);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>StateViewPage</name>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Mean stage where people placed the state (0 pale yellow → 3 deep blue) ± spread, n = people; grey: {fewer} people, numbers withheld.</source>
        <translation>Etapa media en la que las personas ubicaron al estado (0 amarillo pálido → 3 azul intenso) ± dispersión, n = personas; gris: {fewer} personas, cifras omitidas.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the statewide rollup</source>
        <translation>Guardar el consolidado estatal</translation>
    </message>
    <message>
        <source>State view</source>
        <translation>Vista estatal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Show the rollup for one state, or all.</source>
        <translation>Muestra el consolidado de un estado o de todos.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Save XLSX…</source>
        <translation>Guardar XLSX…</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Rollup views</source>
        <translation>Vistas del consolidado</translation>
    </message>
    <message>
        <source>Heat map: districts by condition</source>
        <translation>Mapa de calor: distritos por condición</translation>
    </message>
    <message>
        <source>Heat map: stakeholder groups by condition</source>
        <translation>Mapa de calor: grupos de partes interesadas por condición</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Distritos</translation>
    </message>
    <message>
        <source>Stakeholder groups</source>
        <translation>Grupos de partes interesadas</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Desacuerdos</translation>
    </message>
    <message>
        <source>Most-voted ideas</source>
        <translation>Ideas más votadas</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Building the statewide rollup…</source>
        <translation>Preparando el consolidado estatal…</translation>
    </message>
    <message>
        <source>{scope} · {participants} participants · {responses} responses · {actions} action items ({overdue} overdue)</source>
        <translation>{scope} · {participants} participantes · {responses} aportes · {actions} acciones ({overdue} vencidas)</translation>
    </message>
    <message>
        <source>Writing the statewide rollup…</source>
        <translation>Escribiendo el consolidado estatal…</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Guardado: {path}.</translation>
    </message>
</context>
<context>
    <name>TextList</name>
    <message>
        <source>{capitalize} list</source>
        <translation>Lista: {capitalize}</translation>
    </message>
    <message>
        <source>Double-click or press F2 to edit a {what}.</source>
        <translation>Haga doble clic o pulse F2 para editar: {what}.</translation>
    </message>
    <message>
        <source>Add {what}</source>
        <translation>Agregar {what}</translation>
    </message>
    <message>
        <source>Remove {what}</source>
        <translation>Quitar {what}</translation>
    </message>
    <message>
        <source>Key: {key}</source>
        <translation>Clave: {key}</translation>
    </message>
</context>
<context>
    <name>ThemeBoard</name>
    <message>
        <source>Back to the question (Esc)</source>
        <translation>Volver a la pregunta (Esc)</translation>
    </message>
    <message>
        <source>Select ideas and press Ctrl+G (or drag them onto a theme). F2 renames, + and − vote on a theme, Alt+↑/↓ moves an idea, Del takes it out.</source>
        <translation>Elija ideas y pulse Ctrl+G (o arrástrelas a un tema). F2 cambia el nombre, + y − votan por un tema, Alt+↑/↓ mueve una idea, Supr la saca.</translation>
    </message>
    <message>
        <source>Ideas not in a theme</source>
        <translation>Ideas sin tema</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Themes and their ideas</source>
        <translation>Temas y sus ideas</translation>
    </message>
    <message>
        <source>Group into theme… (Ctrl+G)</source>
        <translation>Agrupar en un tema… (Ctrl+G)</translation>
    </message>
    <message>
        <source>Action item from theme (Ctrl+Shift+A)</source>
        <translation>Acción a partir del tema (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Themes — {title}</source>
        <translation>Temas — {title}</translation>
    </message>
    <message>
        <source>Ideas not in a theme ({n})</source>
        <translation>Ideas sin tema ({n})</translation>
    </message>
    <message>
        <source>Themes ({n})</source>
        <translation>Temas ({n})</translation>
    </message>
    <message>
        <source>Votes: no limit</source>
        <translation>Votos: sin límite</translation>
    </message>
    <message>
        <source>Votes left: {value} of {available}</source>
        <translation>Votos restantes: {value} de {available}</translation>
    </message>
    <message>
        <source>1 idea</source>
        <translation>1 idea</translation>
    </message>
    <message>
        <source>{n} ideas</source>
        <translation>{n} ideas</translation>
    </message>
    <message>
        <source>1 vote</source>
        <translation>1 voto</translation>
    </message>
    <message>
        <source>{n} votes</source>
        <translation>{n} votos</translation>
    </message>
    <message>
        <source>Select one or more ideas first.</source>
        <translation>Elija primero una o más ideas.</translation>
    </message>
    <message>
        <source>Grouped. Ctrl+Z undoes it.</source>
        <translation>Agrupadas. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Taken out of the theme.</source>
        <translation>Sacada del tema.</translation>
    </message>
    <message>
        <source>Vote added to the theme.</source>
        <translation>Voto añadido al tema.</translation>
    </message>
    <message>
        <source>Vote taken back.</source>
        <translation>Voto retirado.</translation>
    </message>
    <message>
        <source>Theme dissolved; its ideas are back in the list.</source>
        <translation>Tema deshecho; sus ideas vuelven a la lista.</translation>
    </message>
    <message>
        <source>Theme renamed.</source>
        <translation>Tema renombrado.</translation>
    </message>
    <message>
        <source>Select a theme first.</source>
        <translation>Elija primero un tema.</translation>
    </message>
    <message>
        <source>Action item made from “{name}” — see Action items.</source>
        <translation>Acción creada a partir de «{name}»; véala en Acciones.</translation>
    </message>
</context>
<context>
    <name>ThemeCommands</name>
    <message>
        <source>Group into a new theme</source>
        <translation>Agrupar en un tema nuevo</translation>
    </message>
    <message>
        <source>Group into a theme</source>
        <translation>Agrupar en un tema</translation>
    </message>
    <message>
        <source>Take out of its theme</source>
        <translation>Sacar de su tema</translation>
    </message>
    <message>
        <source>Rename a theme</source>
        <translation>Cambiar el nombre de un tema</translation>
    </message>
    <message>
        <source>Dissolve a theme</source>
        <translation>Deshacer un tema</translation>
    </message>
    <message>
        <source>All {value} votes for this condition have been placed; take one back first, or raise the votes per person in Setup.</source>
        <translation>Ya se colocaron los {value} votos de esta condición; retire uno antes, o aumente los votos por persona en Preparación.</translation>
    </message>
    <message>
        <source>Vote on a theme</source>
        <translation>Votar por un tema</translation>
    </message>
    <message>
        <source>Take back a vote on a theme</source>
        <translation>Retirar un voto de un tema</translation>
    </message>
    <message>
        <source>Make an action item from a theme</source>
        <translation>Crear una acción a partir de un tema</translation>
    </message>
</context>
<context>
    <name>ThemeDialog</name>
    <message>
        <source>Group into theme</source>
        <translation>Agrupar en un tema</translation>
    </message>
    <message>
        <source>Put the selected idea into which theme? Type a new name to start a theme.</source>
        <translation>¿En qué tema va la idea elegida? Escriba un nombre nuevo para crear un tema.</translation>
    </message>
    <message>
        <source>Put the {n} selected ideas into which theme? Type a new name to start a theme.</source>
        <translation>¿En qué tema van las {n} ideas elegidas? Escriba un nombre nuevo para crear un tema.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Theme name</source>
        <translation>Nombre del tema</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <source>5 minutes left in this time box.</source>
        <translation>Quedan 5 minutos en este bloque de tiempo.</translation>
    </message>
    <message>
        <source>1 minute left in this time box.</source>
        <translation>Queda 1 minuto en este bloque de tiempo.</translation>
    </message>
    <message>
        <source>The time box is over — wrap up or extend (+5 min).</source>
        <translation>El bloque de tiempo terminó — cierre o amplíe (+5 min).</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Time left in this time box</source>
        <translation>Tiempo restante en este bloque</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause or resume the time box (Ctrl+Shift+Space)</source>
        <translation>Pausar o reanudar el bloque de tiempo (Ctrl+Mayús+Espacio)</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <source>Give this time box five more minutes (Ctrl+Shift+E)</source>
        <translation>Dar cinco minutos más a este bloque (Ctrl+Mayús+E)</translation>
    </message>
    <message>
        <source>No time box</source>
        <translation>Sin bloque de tiempo</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (en pausa)</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Tiempo excedido</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
</context>
<context>
    <name>WorkshopCommands</name>
    <message>
        <source>Untitled workshop</source>
        <translation>Taller sin título</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nuevo taller</translation>
    </message>
    <message>
        <source>Preparing the demo workshop…</source>
        <translation>Preparando el taller de demostración…</translation>
    </message>
</context>
<context>
    <name>WorkshopListModel</name>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>State / district</source>
        <translation>Estado / distrito</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Aportes</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Deleted {text}</source>
        <translation>Eliminado el {text}</translation>
    </message>
    <message>
        <source>{title}
Facilitator: {value}</source>
        <translation>{title}
Facilitador(a): {value}</translation>
    </message>
</context>
</TS>
