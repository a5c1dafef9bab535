<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CurvesData</name>
    <message>
        <source>pool accuracy</source>
        <translation>exactitud en el conjunto</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>exactitud en la prueba</translation>
    </message>
    <message>
        <source>agreement with the teacher</source>
        <translation>acuerdo con el profesor</translation>
    </message>
    <message>
        <source>D_out share</source>
        <translation>proporción de D_out</translation>
    </message>
    <message>
        <source>D_hc share</source>
        <translation>proporción de D_hc</translation>
    </message>
    <message>
        <source>D_sl share</source>
        <translation>proporción de D_sl</translation>
    </message>
    <message>
        <source>inside-set share</source>
        <translation>proporción dentro del conjunto</translation>
    </message>
    <message>
        <source>mean confidence</source>
        <translation>confianza media</translation>
    </message>
    <message>
        <source>total loss</source>
        <translation>pérdida total</translation>
    </message>
    <message>
        <source>loss L_dr (refined distribution)</source>
        <translation>pérdida L_dr (distribución refinada)</translation>
    </message>
    <message>
        <source>loss L_cr_in (inside the set)</source>
        <translation>pérdida L_cr_in (dentro del conjunto)</translation>
    </message>
    <message>
        <source>loss L_cr_out (outside the set)</source>
        <translation>pérdida L_cr_out (fuera del conjunto)</translation>
    </message>
    <message>
        <source>loss L_mix</source>
        <translation>pérdida L_mix</translation>
    </message>
    <message>
        <source>η (refinery weight)</source>
        <translation>η (peso del refinado)</translation>
    </message>
    <message>
        <source>epoch time</source>
        <translation>duración de la época</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
</context>
<context>
    <name>DataFiles</name>
    <message>
        <source>no annotation column given</source>
        <translation>no se indicó ninguna columna de anotaciones</translation>
    </message>
    <message>
        <source>the project has no label schema yet; import samples with --labels or a gold column first</source>
        <translation>el proyecto aún no tiene esquema de etiquetas; importe primero muestras con --labels o con una columna de referencia</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot; appears %2 times in the file but only %3 time(s) in the project (first on line %4); match by --id-column</source>
        <translation>el texto &quot;%1&quot; aparece %2 veces en el archivo pero solo %3 vez/veces en el proyecto (primero en la línea %4); empareje con --id-column</translation>
    </message>
    <message>
        <source>lines %1 and %2 both annotate sample &quot;%3&quot;</source>
        <translation>las líneas %1 y %2 anotan ambas la muestra &quot;%3&quot;</translation>
    </message>
    <message>
        <source>import cancelled; the project is unchanged</source>
        <translation>importación cancelada; el proyecto no ha cambiado</translation>
    </message>
    <message>
        <source>unknown label(s): %1; the project&apos;s labels are: %2</source>
        <translation>etiqueta(s) desconocida(s): %1; las etiquetas del proyecto son: %2</translation>
    </message>
    <message>
        <source>%1 row(s) match no sample by %2: %3 (%4)</source>
        <translation>%1 fila(s) no coinciden con ninguna muestra por %2: %3 (%4)</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot; appears %2 times in the file (lines %3 to %4) but %5 times in the project, so the rows cannot be paired with samples; match by --id-column</source>
        <translation>el texto &quot;%1&quot; aparece %2 veces en el archivo (líneas %3 a %4) pero %5 veces en el proyecto, así que las filas no se pueden emparejar con muestras; empareje con --id-column</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>the file is empty; expected a header line</source>
        <translation>el archivo está vacío; se esperaba una línea de cabecera</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice in the header</source>
        <translation>la columna &quot;%1&quot; aparece dos veces en la cabecera</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>error de lectura: %1</translation>
    </message>
    <message>
        <source>unterminated quoted field: expected a closing &apos;&quot;&apos; before the end of the file</source>
        <translation>campo entre comillas sin cerrar: se esperaba un &apos;&quot;&apos; de cierre antes del final del archivo</translation>
    </message>
    <message>
        <source>unexpected character after a closing quote: expected the delimiter &apos;%1&apos; or the end of the line (a quote inside a quoted field is written as &quot;&quot;)</source>
        <translation>carácter inesperado tras unas comillas de cierre: se esperaba el delimitador &apos;%1&apos; o el final de la línea (unas comillas dentro de un campo entre comillas se escriben &quot;&quot;)</translation>
    </message>
    <message>
        <source>stray quote in an unquoted field: quote the whole field and write the quote as &quot;&quot;</source>
        <translation>comillas sueltas en un campo sin comillas: ponga todo el campo entre comillas y escriba las comillas como &quot;&quot;</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte sequence (the file must be UTF-8 encoded)</source>
        <translation>secuencia de bytes UTF-8 no válida (el archivo debe estar codificado en UTF-8)</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>se esperaban %1 campos como en la cabecera, se encontraron %2</translation>
    </message>
    <message>
        <source>output: cannot write: %1</source>
        <translation>salida: no se puede escribir: %1</translation>
    </message>
    <message>
        <source>the id and label columns must be different columns</source>
        <translation>las columnas de id y de etiqueta deben ser columnas distintas</translation>
    </message>
    <message>
        <source>resolve cancelled; the project is unchanged</source>
        <translation>resolución cancelada; el proyecto no ha cambiado</translation>
    </message>
    <message>
        <source>unknown id(s) in column &quot;%1&quot;, not in the project: %2</source>
        <translation>id(s) desconocido(s) en la columna &quot;%1&quot;, no están en el proyecto: %2</translation>
    </message>
    <message>
        <source>two rows decide the same sample: %1</source>
        <translation>dos filas deciden la misma muestra: %1</translation>
    </message>
    <message>
        <source>unknown label(s) in column &quot;%1&quot;: %2; the project&apos;s labels are: %3</source>
        <translation>etiqueta(s) desconocida(s) en la columna &quot;%1&quot;: %2; las etiquetas del proyecto son: %3</translation>
    </message>
    <message>
        <source>invalid JSON: a raw NUL byte (inside a string write \u0000)</source>
        <translation>JSON no válido: un byte NUL sin escapar (dentro de una cadena escriba \u0000)</translation>
    </message>
    <message>
        <source>cancelled while reading this line</source>
        <translation>cancelado mientras se leía esta línea</translation>
    </message>
    <message>
        <source>invalid JSON: nested deeper than %1 levels</source>
        <translation>JSON no válido: anidado a más de %1 niveles</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>expected a JSON object {...} on each line</source>
        <translation>se esperaba un objeto JSON {...} en cada línea</translation>
    </message>
    <message>
        <source>invalid JSON: the key &quot;%1&quot; appears twice in one object</source>
        <translation>JSON no válido: la clave &quot;%1&quot; aparece dos veces en un objeto</translation>
    </message>
    <message>
        <source>the text, gold and id columns must be different columns</source>
        <translation>las columnas de texto, de referencia y de id deben ser columnas distintas</translation>
    </message>
    <message>
        <source>differs from the label schema stored in %1: %2. Import without --labels to use the stored schema.</source>
        <translation>difiere del esquema de etiquetas guardado en %1: %2. Importe sin --labels para usar el esquema guardado.</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;: line %2 has the same id</source>
        <translation>id duplicado &quot;%1&quot;: la línea %2 tiene el mismo id</translation>
    </message>
    <message>
        <source>sample id &quot;%1&quot; is already in the project%2</source>
        <translation>el id de muestra &quot;%1&quot; ya está en el proyecto%2</translation>
    </message>
    <message>
        <source>empty id in column &quot;%1&quot;: every sample needs an id when an id column is given</source>
        <translation>id vacío en la columna &quot;%1&quot;: cada muestra necesita un id cuando se indica una columna de id</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; has more than %2 distinct values, too many for labels (is it a text column?); give the labels with --labels</source>
        <translation>la columna &quot;%1&quot; tiene más de %2 valores distintos, demasiados para ser etiquetas (¿es una columna de texto?); indique las etiquetas con --labels</translation>
    </message>
    <message>
        <source>unknown gold label(s) in column &quot;%1&quot;: %2. The project&apos;s labels are: %3 (names or aliases, case-insensitive)</source>
        <translation>etiqueta(s) de referencia desconocida(s) en la columna &quot;%1&quot;: %2. Las etiquetas del proyecto son: %3 (nombres o alias, sin distinguir mayúsculas)</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <source>the file is empty; expected one JSON object per line</source>
        <translation>el archivo está vacío; se esperaba un objeto JSON por línea</translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; (given by %2); the %3 columns are: %4</source>
        <translation>no hay ninguna columna &quot;%1&quot; (indicada por %2); las columnas %3 son: %4</translation>
    </message>
    <message>
        <source>unexpected key &quot;%1&quot;: every object may only use the keys of the first line (%2)</source>
        <translation>clave inesperada &quot;%1&quot;: cada objeto solo puede usar las claves de la primera línea (%2)</translation>
    </message>
</context>
<context>
    <name>DecisionKeys</name>
    <message>
        <source>Accept the suggestion (or the focused label)</source>
        <translation>Aceptar la sugerencia (o la etiqueta con el foco)</translation>
    </message>
    <message>
        <source>accept the suggestion</source>
        <translation>aceptar la sugerencia</translation>
    </message>
    <message>
        <source>Skip: unsure, keep the machine label</source>
        <translation>Omitir: no está seguro, conservar la etiqueta de la máquina</translation>
    </message>
    <message>
        <source>skip (unsure)</source>
        <translation>omitir (no está seguro)</translation>
    </message>
    <message>
        <source>Next sample</source>
        <translation>Muestra siguiente</translation>
    </message>
    <message>
        <source>next</source>
        <translation>siguiente</translation>
    </message>
    <message>
        <source>Previous sample</source>
        <translation>Muestra anterior</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>anterior</translation>
    </message>
    <message>
        <source>First sample of the queue</source>
        <translation>Primera muestra de la cola</translation>
    </message>
    <message>
        <source>first</source>
        <translation>primera</translation>
    </message>
    <message>
        <source>Last sample of the queue</source>
        <translation>Última muestra de la cola</translation>
    </message>
    <message>
        <source>last</source>
        <translation>última</translation>
    </message>
    <message>
        <source>Move the focus over the chips and bars</source>
        <translation>Mover el foco por las fichas y las barras</translation>
    </message>
    <message>
        <source>focus the chips and bars</source>
        <translation>enfocar las fichas y las barras</translation>
    </message>
    <message>
        <source>label key</source>
        <translation>tecla de etiqueta</translation>
    </message>
    <message>
        <source>decide</source>
        <translation>decidir</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>deshacer</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>rehacer</translation>
    </message>
    <message>
        <source>%1 samples back</source>
        <translation>%1 muestras atrás</translation>
    </message>
    <message>
        <source>%1 back</source>
        <translation>%1 atrás</translation>
    </message>
    <message>
        <source>%1 samples on</source>
        <translation>%1 muestras adelante</translation>
    </message>
    <message>
        <source>%1 on</source>
        <translation>%1 adelante</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
</context>
<context>
    <name>LabelSchema</name>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; debe ser una cadena</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>expected an object {&quot;labels&quot;: [...]}</source>
        <translation>se esperaba un objeto {&quot;labels&quot;: [...]}</translation>
    </message>
    <message>
        <source>&quot;aliases&quot; must be a list of strings</source>
        <translation>&quot;aliases&quot; debe ser una lista de cadenas</translation>
    </message>
    <message>
        <source>expected an object with a &quot;name&quot;</source>
        <translation>se esperaba un objeto con &quot;name&quot;</translation>
    </message>
    <message>
        <source>cannot read label file: %1</source>
        <translation>no se puede leer el archivo de etiquetas: %1</translation>
    </message>
    <message>
        <source>the label schema has no labels</source>
        <translation>el esquema de etiquetas no tiene etiquetas</translation>
    </message>
    <message>
        <source>a label has an empty name</source>
        <translation>una etiqueta tiene el nombre vacío</translation>
    </message>
    <message>
        <source>label &quot;%1&quot; contains &apos;|&apos;, which separates candidates</source>
        <translation>la etiqueta &quot;%1&quot; contiene &apos;|&apos;, que separa candidatos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names both label &quot;%2&quot; and label &quot;%3&quot;</source>
        <translation>&quot;%1&quot; nombra tanto la etiqueta &quot;%2&quot; como la etiqueta &quot;%3&quot;</translation>
    </message>
    <message>
        <source>label &quot;%1&quot; is defined twice</source>
        <translation>la etiqueta &quot;%1&quot; está definida dos veces</translation>
    </message>
    <message>
        <source>hotkey &quot;%1&quot; of label &quot;%2&quot; must be one letter or digit</source>
        <translation>la tecla rápida &quot;%1&quot; de la etiqueta &quot;%2&quot; debe ser una letra o un dígito</translation>
    </message>
    <message>
        <source>hotkey &quot;%1&quot; is used by &quot;%2&quot; and &quot;%3&quot;</source>
        <translation>la tecla rápida &quot;%1&quot; la usan &quot;%2&quot; y &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>NoteFlags</name>
    <message>
        <source>Discuss</source>
        <translation>Debatir</translation>
    </message>
    <message>
        <source>Bad text</source>
        <translation>Texto defectuoso</translation>
    </message>
    <message>
        <source>Schema gap</source>
        <translation>Hueco del esquema</translation>
    </message>
    <message>
        <source>discuss</source>
        <translation>debatir</translation>
    </message>
    <message>
        <source>bad text</source>
        <translation>texto defectuoso</translation>
    </message>
    <message>
        <source>schema gap</source>
        <translation>hueco del esquema</translation>
    </message>
    <message>
        <source>Talk this sample over before its label counts</source>
        <translation>Debatir esta muestra antes de que su etiqueta cuente</translation>
    </message>
    <message>
        <source>The text itself is broken: truncated, garbled, wrong language or spam</source>
        <translation>El propio texto está dañado: truncado, ilegible, en otro idioma o spam</translation>
    </message>
    <message>
        <source>No label of the schema fits this sample</source>
        <translation>Ninguna etiqueta del esquema encaja con esta muestra</translation>
    </message>
</context>
<context>
    <name>ReviewRanker</name>
    <message>
        <source>the teacher gave no usable label</source>
        <translation>el profesor no dio ninguna etiqueta utilizable</translation>
    </message>
    <message>
        <source>the teacher is unsure between %1 labels</source>
        <translation>el profesor duda entre %1 etiquetas</translation>
    </message>
    <message>
        <source>the teacher gave no usable label; the student says %1 (%2)</source>
        <translation>el profesor no dio ninguna etiqueta utilizable; el estudiante dice %1 (%2)</translation>
    </message>
    <message>
        <source>the student says %1 (%2), outside the teacher&apos;s candidates</source>
        <translation>el estudiante dice %1 (%2), fuera de los candidatos del profesor</translation>
    </message>
    <message>
        <source>the teacher prefers %1, the student %2 (%3)</source>
        <translation>el profesor prefiere %1, el estudiante %2 (%3)</translation>
    </message>
    <message>
        <source>%1 vs %2: margin %3</source>
        <translation>%1 frente a %2: margen %3</translation>
    </message>
    <message>
        <source>the student overrules the teacher with %1 (%2)</source>
        <translation>el estudiante contradice al profesor con %1 (%2)</translation>
    </message>
    <message>
        <source>the student is unsure</source>
        <translation>el estudiante no está seguro</translation>
    </message>
    <message>
        <source>the teacher could not be reached for this sample; its next run asks again</source>
        <translation>no se pudo contactar con el profesor para esta muestra; su próxima ejecución vuelve a preguntar</translation>
    </message>
    <message>
        <source>the teacher has not been asked yet</source>
        <translation>aún no se ha preguntado al profesor</translation>
    </message>
    <message>
        <source>the teacher names one label, %1; no student yet</source>
        <translation>el profesor nombra una etiqueta, %1; aún no hay estudiante</translation>
    </message>
    <message>
        <source>its label among them is %1 (%2)</source>
        <translation>su etiqueta entre ellos es %1 (%2)</translation>
    </message>
    <message>
        <source>the student says %1 (%2)</source>
        <translation>el estudiante dice %1 (%2)</translation>
    </message>
    <message>
        <source>the student agrees with the teacher on %1 (%2)</source>
        <translation>el estudiante coincide con el profesor en %1 (%2)</translation>
    </message>
    <message>
        <source>the student was sure of a label outside the teacher&apos;s candidates; %1 stays</source>
        <translation>el estudiante estaba seguro de una etiqueta fuera de los candidatos del profesor; se mantiene %1</translation>
    </message>
    <message>
        <source>the student leant to a label outside the teacher&apos;s candidates; %1 stays</source>
        <translation>el estudiante se inclinaba por una etiqueta fuera de los candidatos del profesor; se mantiene %1</translation>
    </message>
</context>
<context>
    <name>ShortcutCatalog</name>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Label as %1</source>
        <translation>Etiquetar como %1</translation>
    </message>
</context>
<context>
    <name>StoreText</name>
    <message>
        <source>a spot check needs at least one sample</source>
        <translation>un control aleatorio necesita al menos una muestra</translation>
    </message>
    <message>
        <source>cannot draw %1 spot checks: only %2 sample(s) have no human label and are not spot checks yet</source>
        <translation>no se pueden extraer %1 controles aleatorios: solo %2 muestra(s) no tienen etiqueta humana ni son ya controles aleatorios</translation>
    </message>
    <message>
        <source>is the project file or one of its companion files (%1); %2 would destroy the project, so nothing was written. Choose another output file.</source>
        <translation>es el archivo del proyecto o uno de sus archivos asociados (%1); %2 destruiría el proyecto, así que no se escribió nada. Elija otro archivo de salida.</translation>
    </message>
    <message>
        <source>cannot create the lock file: %1</source>
        <translation>no se puede crear el archivo de bloqueo: %1</translation>
    </message>
    <message>
        <source>cannot lock: %1</source>
        <translation>no se puede bloquear: %1</translation>
    </message>
    <message>
        <source>cannot lock: the lock file keeps being replaced</source>
        <translation>no se puede bloquear: el archivo de bloqueo se sigue reemplazando</translation>
    </message>
    <message>
        <source>no such project file</source>
        <translation>no existe ese archivo de proyecto</translation>
    </message>
    <message>
        <source>is not a file</source>
        <translation>no es un archivo</translation>
    </message>
    <message>
        <source>cannot open project: %1</source>
        <translation>no se puede abrir el proyecto: %1</translation>
    </message>
    <message>
        <source>not a CanDist project (%1)</source>
        <translation>no es un proyecto de CanDist (%1)</translation>
    </message>
    <message>
        <source>cannot switch the project to WAL mode</source>
        <translation>no se puede cambiar el proyecto al modo WAL</translation>
    </message>
    <message>
        <source>changes were rolled back after an earlier failure</source>
        <translation>los cambios se revirtieron tras un fallo anterior</translation>
    </message>
    <message>
        <source>labels cannot be removed once samples are annotated (%1 annotations refer to them); rename them instead</source>
        <translation>las etiquetas no se pueden eliminar una vez anotadas las muestras (%1 anotaciones se refieren a ellas); cámbieles el nombre en su lugar</translation>
    </message>
    <message>
        <source>duplicate sample id &quot;%1&quot;</source>
        <translation>id de muestra duplicado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>label index %1 is not in the project&apos;s label schema</source>
        <translation>el índice de etiqueta %1 no está en el esquema de etiquetas del proyecto</translation>
    </message>
    <message>
        <source>label index %1 for sample row %2 is not in the project&apos;s label schema</source>
        <translation>el índice de etiqueta %1 de la fila de muestra %2 no está en el esquema de etiquetas del proyecto</translation>
    </message>
    <message>
        <source>distillation run %1 does not exist</source>
        <translation>la ejecución de destilación %1 no existe</translation>
    </message>
    <message>
        <source>distillation run %1 is still running: cancel it first</source>
        <translation>la ejecución de destilación %1 sigue en curso: cancélela primero</translation>
    </message>
    <message>
        <source>distillation run %1 gave the project its current student labels: distil again before deleting it</source>
        <translation>la ejecución de destilación %1 dio al proyecto sus etiquetas actuales del estudiante: vuelva a destilar antes de eliminarla</translation>
    </message>
    <message>
        <source>not a CanDist project (an SQLite database of another application)</source>
        <translation>no es un proyecto de CanDist (una base de datos SQLite de otra aplicación)</translation>
    </message>
    <message>
        <source>written by a newer CanDist Workbench (project schema %1; this version reads schemas up to %2). Update the workbench to open it.</source>
        <translation>escrito por un CanDist Workbench más reciente (esquema de proyecto %1; esta versión lee esquemas hasta el %2). Actualice el programa para abrirlo.</translation>
    </message>
    <message>
        <source>database error: %1 (in: %2)</source>
        <translation>error de base de datos: %1 (en: %2)</translation>
    </message>
    <message>
        <source>database error: not an open SQLite connection (in: %1)</source>
        <translation>error de base de datos: no es una conexión SQLite abierta (en: %1)</translation>
    </message>
    <message>
        <source>sample %1: unknown note flags %2 (known: %3)</source>
        <translation>muestra %1: marcas de nota desconocidas %2 (conocidas: %3)</translation>
    </message>
    <message>
        <source>cannot save the note of sample %1: %2</source>
        <translation>no se puede guardar la nota de la muestra %1: %2</translation>
    </message>
</context>
<context>
    <name>StudentText</name>
    <message>
        <source>the word vectors changed (checksum %1, the run recorded %2)</source>
        <translation>los vectores de palabras cambiaron (suma de comprobación %1, la ejecución registró %2)</translation>
    </message>
    <message>
        <source>distillation needs at least two labels (got %1)</source>
        <translation>la destilación necesita al menos dos etiquetas (hay %1)</translation>
    </message>
    <message>
        <source>no checkpoint to resume from</source>
        <translation>no hay ningún punto de control desde el que reanudar</translation>
    </message>
    <message>
        <source>the samples or labels changed since this checkpoint was written (texts, teacher candidates, votes, human or gold labels); it cannot be resumed</source>
        <translation>las muestras o las etiquetas cambiaron desde que se escribió este punto de control (textos, candidatos del profesor, votos, etiquetas humanas o de referencia); no se puede reanudar</translation>
    </message>
    <message>
        <source>distillation needs at least one sample</source>
        <translation>la destilación necesita al menos una muestra</translation>
    </message>
    <message>
        <source>the checkpoint is past the run&apos;s last epoch (%1 of %2)</source>
        <translation>el punto de control está más allá de la última época de la ejecución (%1 de %2)</translation>
    </message>
    <message>
        <source>the resume checkpoint does not match the run: %1</source>
        <translation>el punto de control de reanudación no corresponde a la ejecución: %1</translation>
    </message>
    <message>
        <source>cannot create the checkpoint folder</source>
        <translation>no se puede crear la carpeta del punto de control</translation>
    </message>
    <message>
        <source>the student checkpoint does not match this project: %1</source>
        <translation>el punto de control del estudiante no corresponde a este proyecto: %1</translation>
    </message>
    <message>
        <source>distillation option &quot;%1&quot;: unknown value &quot;%2&quot; (expected one of %3)</source>
        <translation>opción de destilación &quot;%1&quot;: valor desconocido &quot;%2&quot; (se esperaba uno de %3)</translation>
    </message>
    <message>
        <source>distillation option &quot;%1%2&quot;: expected %3</source>
        <translation>opción de destilación &quot;%1%2&quot;: se esperaba %3</translation>
    </message>
    <message>
        <source>invalid distillation option: %1</source>
        <translation>opción de destilación no válida: %1</translation>
    </message>
    <message>
        <source>the project is being distilled by process %1 on %2; wait for that run to end or stop it</source>
        <translation>el proceso %1 en %2 está destilando el proyecto; espere a que termine esa ejecución o deténgala</translation>
    </message>
    <message>
        <source>no interrupted distillation run with a checkpoint to resume (finished runs and runs stopped before their first checkpoint cannot be resumed)</source>
        <translation>no hay ninguna ejecución de destilación interrumpida con un punto de control para reanudar (las ejecuciones terminadas y las detenidas antes de su primer punto de control no se pueden reanudar)</translation>
    </message>
    <message>
        <source>there is no distillation run %1</source>
        <translation>no hay ninguna ejecución de destilación %1</translation>
    </message>
    <message>
        <source>run %1 finished; there is nothing to resume</source>
        <translation>la ejecución %1 terminó; no hay nada que reanudar</translation>
    </message>
    <message>
        <source>run %1 (%2) has no checkpoint to resume from: it stopped before its first one (written every checkpoint_interval_seconds and at the end of the warm-up)</source>
        <translation>la ejecución %1 (%2) no tiene ningún punto de control desde el que reanudar: se detuvo antes del primero (se escribe cada checkpoint_interval_seconds y al final del calentamiento)</translation>
    </message>
    <message>
        <source>run %1 cannot be resumed: %2</source>
        <translation>la ejecución %1 no se puede reanudar: %2</translation>
    </message>
    <message>
        <source>the TorchScript student was asked to run on CUDA, but this LibTorch build has no usable CUDA device</source>
        <translation>se pidió que el estudiante TorchScript se ejecutara en CUDA, pero esta compilación de LibTorch no tiene ningún dispositivo CUDA utilizable</translation>
    </message>
    <message>
        <source>not a loadable TorchScript module: %1</source>
        <translation>no es un módulo TorchScript cargable: %1</translation>
    </message>
    <message>
        <source>the encoder must map (input_ids, attention_mask) to a [batch, hidden] tensor: %1</source>
        <translation>el codificador debe transformar (input_ids, attention_mask) en un tensor [batch, hidden]: %1</translation>
    </message>
    <message>
        <source>the encoder returned a tensor of %1 dimensions; expected [batch, hidden]</source>
        <translation>el codificador devolvió un tensor de %1 dimensiones; se esperaba [batch, hidden]</translation>
    </message>
    <message>
        <source>cannot read the WordPiece vocabulary: %1</source>
        <translation>no se puede leer el vocabulario WordPiece: %1</translation>
    </message>
    <message>
        <source>cannot write the student checkpoint: %1</source>
        <translation>no se puede escribir el punto de control del estudiante: %1</translation>
    </message>
    <message>
        <source>cannot read the student checkpoint: %1</source>
        <translation>no se puede leer el punto de control del estudiante: %1</translation>
    </message>
    <message>
        <source>no finished distillation run to evaluate; run &apos;candist-cli distill&apos; first</source>
        <translation>no hay ninguna ejecución de destilación terminada que evaluar; ejecute primero &apos;candist-cli distill&apos;</translation>
    </message>
    <message>
        <source>the checkpoint of run %1 is missing</source>
        <translation>falta el punto de control de la ejecución %1</translation>
    </message>
    <message>
        <source>offset %1: not a resume state (%2)</source>
        <translation>posición %1: no es un estado de reanudación (%2)</translation>
    </message>
    <message>
        <source>unknown resume state format (expected &quot;format&quot;: %1)</source>
        <translation>formato de estado de reanudación desconocido (se esperaba &quot;format&quot;: %1)</translation>
    </message>
    <message>
        <source>not a tensor archive: %1</source>
        <translation>no es un archivo de tensores: %1</translation>
    </message>
    <message>
        <source>cannot create the resume checkpoint folder</source>
        <translation>no se puede crear la carpeta del punto de control de reanudación</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected %2</source>
        <translation>&quot;%1&quot;: se esperaba %2</translation>
    </message>
    <message>
        <source>method gold needs gold labels, and this pool has none</source>
        <translation>el método gold necesita etiquetas de referencia, y este conjunto no tiene ninguna</translation>
    </message>
    <message>
        <source>method single needs teacher labels, and no sample has one</source>
        <translation>el método single necesita etiquetas del profesor, y ninguna muestra tiene una</translation>
    </message>
    <message>
        <source>%1 was trained with %2; it cannot be resumed or applied with %3 (choose the same vectors, e.g. --word-vectors %4)</source>
        <translation>%1 se entrenó con %2; no se puede reanudar ni aplicar con %3 (elija los mismos vectores, p. ej. --word-vectors %4)</translation>
    </message>
    <message>
        <source>%1 was trained with %2, which are no longer at %3 (install them with scripts/install_word_vectors, or name the file with --word-vectors)</source>
        <translation>%1 se entrenó con %2, que ya no están en %3 (instálelos con scripts/install_word_vectors o indique el archivo con --word-vectors)</translation>
    </message>
    <message>
        <source>checksum mismatch in %1 (the file is damaged; run scripts/install_word_vectors again)</source>
        <translation>la suma de comprobación no coincide en %1 (el archivo está dañado; vuelva a ejecutar scripts/install_word_vectors)</translation>
    </message>
    <message>
        <source>the WordPiece vocabulary has no %1 token</source>
        <translation>el vocabulario WordPiece no tiene el token %1</translation>
    </message>
</context>
<context>
    <name>Teacher</name>
    <message>
        <source>no application object to talk to the keychain</source>
        <translation>no hay objeto de aplicación para hablar con el llavero</translation>
    </message>
    <message>
        <source>no D-Bus session, so no system keychain</source>
        <translation>no hay sesión de D-Bus, así que no hay llavero del sistema</translation>
    </message>
    <message>
        <source>the system keychain did not answer within %1 s</source>
        <translation>el llavero del sistema no respondió en %1 s</translation>
    </message>
    <message>
        <source>no entry in the system keychain</source>
        <translation>no hay ninguna entrada en el llavero del sistema</translation>
    </message>
    <message>
        <source>system keychain: </source>
        <translation>llavero del sistema: </translation>
    </message>
    <message>
        <source>environment variable </source>
        <translation>variable de entorno </translation>
    </message>
    <message>
        <source>$%1 is not set</source>
        <translation>$%1 no está definida</translation>
    </message>
    <message>
        <source>; sending requests without an API key</source>
        <translation>; se envían las solicitudes sin clave de API</translation>
    </message>
    <message>
        <source> and there is </source>
        <translation> y hay </translation>
    </message>
    <message>
        <source>%1 and the keychain gave no key for %2 (%3); sending requests without an API key</source>
        <translation>%1 y el llavero no dio ninguna clave para %2 (%3); se envían las solicitudes sin clave de API</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>llavero del sistema</translation>
    </message>
    <message>
        <source>cannot store the API key: </source>
        <translation>no se puede guardar la clave de API: </translation>
    </message>
    <message>
        <source>the %1 requests of sample &quot;%2&quot; (%3 bytes) exceed the limits of one batch (%4 requests, %5 bytes)</source>
        <translation>las %1 solicitudes de la muestra &quot;%2&quot; (%3 bytes) superan los límites de un lote (%4 solicitudes, %5 bytes)</translation>
    </message>
    <message>
        <source>cannot create a temporary file: %1</source>
        <translation>no se puede crear un archivo temporal: %1</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>%1: expected a &quot;custom_id&quot; string (is this a Batch API output file?)</source>
        <translation>%1: se esperaba una cadena &quot;custom_id&quot; (¿es un archivo de salida de la Batch API?)</translation>
    </message>
    <message>
        <source>%1: custom_id &quot;%2&quot; was not written by teach --batch-file (expected &lt;sample id&gt;#&lt;slot&gt;#&lt;16 hex digits&gt;)</source>
        <translation>%1: el custom_id &quot;%2&quot; no lo escribió teach --batch-file (se esperaba &lt;id de muestra&gt;#&lt;posición&gt;#&lt;16 dígitos hexadecimales&gt;)</translation>
    </message>
    <message>
        <source>%1: expected a &quot;response&quot; object, or &quot;response&quot;: null with an &quot;error&quot; object</source>
        <translation>%1: se esperaba un objeto &quot;response&quot;, o &quot;response&quot;: null con un objeto &quot;error&quot;</translation>
    </message>
    <message>
        <source>%1: expected &quot;response&quot;.&quot;status_code&quot; to be a number</source>
        <translation>%1: se esperaba que &quot;response&quot;.&quot;status_code&quot; fuera un número</translation>
    </message>
    <message>
        <source>%1: expected &quot;response&quot;.&quot;body&quot; to be a JSON object</source>
        <translation>%1: se esperaba que &quot;response&quot;.&quot;body&quot; fuera un objeto JSON</translation>
    </message>
    <message>
        <source>%1: the response body is not a chat completion: %2</source>
        <translation>%1: el cuerpo de la respuesta no es una chat completion: %2</translation>
    </message>
    <message>
        <source>%1: the project has no teacher settings; the results must come from a request file written by teach --batch-file for this project</source>
        <translation>%1: el proyecto no tiene configuración del profesor; los resultados deben venir de un archivo de solicitudes escrito por teach --batch-file para este proyecto</translation>
    </message>
    <message>
        <source>%1: import cancelled; the project is unchanged</source>
        <translation>%1: importación cancelada; el proyecto no ha cambiado</translation>
    </message>
    <message>
        <source>%1: custom_id &quot;%2&quot; was already answered on line %3</source>
        <translation>%1: el custom_id &quot;%2&quot; ya se respondió en la línea %3</translation>
    </message>
    <message>
        <source>%1: custom_id &quot;%2&quot; names sample &quot;%3&quot;, which is not in %4 (a results file of another project?)</source>
        <translation>%1: el custom_id &quot;%2&quot; nombra la muestra &quot;%3&quot;, que no está en %4 (¿un archivo de resultados de otro proyecto?)</translation>
    </message>
    <message>
        <source>%1: sample &quot;%2&quot; has no request with slot %3 under the project&apos;s teacher settings (%4 answers per sample, n %5)</source>
        <translation>%1: la muestra &quot;%2&quot; no tiene ninguna solicitud con la posición %3 según la configuración del profesor del proyecto (%4 respuestas por muestra, n %5)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>%1: custom_id &quot;%2&quot; was written for another prompt than the project builds now for sample &quot;%3&quot; (teacher settings, templates, few-shot pool or the sample&apos;s text changed); write a new request file with teach --batch-file</source>
        <translation>%1: el custom_id &quot;%2&quot; se escribió para otro prompt distinto del que el proyecto genera ahora para la muestra &quot;%3&quot; (cambiaron la configuración del profesor, las plantillas, el conjunto few-shot o el texto de la muestra); escriba un nuevo archivo de solicitudes con teach --batch-file</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>la respuesta no es un objeto JSON</translation>
    </message>
    <message>
        <source>the answer has no &quot;choices&quot;</source>
        <translation>la respuesta no tiene &quot;choices&quot;</translation>
    </message>
    <message>
        <source>a choice is not an object</source>
        <translation>una opción no es un objeto</translation>
    </message>
    <message>
        <source>a choice has no &quot;message&quot;</source>
        <translation>una opción no tiene &quot;message&quot;</translation>
    </message>
    <message>
        <source>a choice&apos;s message has no text &quot;content&quot;</source>
        <translation>el mensaje de una opción no tiene texto en &quot;content&quot;</translation>
    </message>
    <message>
        <source>the answer has no &quot;data&quot; list of embeddings</source>
        <translation>la respuesta no tiene una lista &quot;data&quot; de embeddings</translation>
    </message>
    <message>
        <source>an entry of &quot;data&quot; has no &quot;embedding&quot; list</source>
        <translation>una entrada de &quot;data&quot; no tiene una lista &quot;embedding&quot;</translation>
    </message>
    <message>
        <source>an embedding holds a non-number</source>
        <translation>un embedding contiene un valor que no es un número</translation>
    </message>
    <message>
        <source>cannot initialise libcurl</source>
        <translation>no se puede inicializar libcurl</translation>
    </message>
    <message>
        <source>cannot create a libcurl transfer</source>
        <translation>no se puede crear una transferencia de libcurl</translation>
    </message>
    <message>
        <source>libcurl: %1</source>
        <translation>libcurl: %1</translation>
    </message>
    <message>
        <source>%1:%2: &quot;text&quot; is missing or empty</source>
        <translation>%1:%2: &quot;text&quot; falta o está vacío</translation>
    </message>
    <message>
        <source>%1:%2: label &quot;%3&quot; is not one of the project&apos;s labels (%4)</source>
        <translation>%1:%2: la etiqueta &quot;%3&quot; no es una de las etiquetas del proyecto (%4)</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: no se puede leer %2: %3</translation>
    </message>
    <message>
        <source>%1:%2:%3: expected a JSON object (%4)</source>
        <translation>%1:%2:%3: se esperaba un objeto JSON (%4)</translation>
    </message>
    <message>
        <source>%1: project setting %2 is not a JSON object (%3)</source>
        <translation>%1: el ajuste del proyecto %2 no es un objeto JSON (%3)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string</source>
        <translation>%1: &quot;%2&quot; debe ser una cadena</translation>
    </message>
    <message>
        <source>%1: the user template must contain {{text}}</source>
        <translation>%1: la plantilla de usuario debe contener {{text}}</translation>
    </message>
    <message>
        <source>%1: the system or user template must contain {{labels}}</source>
        <translation>%1: la plantilla de sistema o la de usuario debe contener {{labels}}</translation>
    </message>
    <message>
        <source>dry run (%1): %2 samples, about %3 requests, %4 answers already cached
</source>
        <translation>ejecución de prueba (%1): %2 muestras, unas %3 solicitudes, %4 respuestas ya en caché
</translation>
    </message>
    <message>
        <source>estimated tokens: %1 prompt + %2 completion, estimated cost %3
</source>
        <translation>tokens estimados: %1 de prompt + %2 de respuesta, coste estimado %3
</translation>
    </message>
    <message>
        <source>teacher (%1): %2 of %3 samples %4%5
</source>
        <translation>profesor (%1): %2 de %3 muestras %4%5
</translation>
    </message>
    <message>
        <source>processed before cancellation</source>
        <translation>procesadas antes de la cancelación</translation>
    </message>
    <message>
        <source>processed</source>
        <translation>procesadas</translation>
    </message>
    <message>
        <source>  ok: %1, parse-failed: %2, transport-failed: %3, not reached: %4
</source>
        <translation>  correctas: %1, fallo de análisis: %2, fallo de transporte: %3, no alcanzadas: %4
</translation>
    </message>
    <message>
        <source>  requests: %1 (%2 retries), answers from cache: %3
</source>
        <translation>  solicitudes: %1 (%2 reintentos), respuestas de la caché: %3
</translation>
    </message>
    <message>
        <source>  longest wait before a retry: %1 s
</source>
        <translation>  espera más larga antes de un reintento: %1 s
</translation>
    </message>
    <message>
        <source>  tokens paid: %1 prompt + %2 completion, cost %3
</source>
        <translation>  tokens pagados: %1 de prompt + %2 de respuesta, coste %3
</translation>
    </message>
    <message>
        <source>  run teach again to resume the rest (cached answers are free)
</source>
        <translation>  ejecute teach de nuevo para reanudar el resto (las respuestas en caché son gratis)
</translation>
    </message>
    <message>
        <source>%1: the project has no labels to annotate with</source>
        <translation>%1: el proyecto no tiene etiquetas con las que anotar</translation>
    </message>
    <message>
        <source>%1 few-shot demonstrations were asked for, but the project has no few-shot pool (teach --pool FILE.jsonl)</source>
        <translation>se pidieron %1 demostraciones few-shot, pero el proyecto no tiene conjunto few-shot (teach --pool ARCHIVO.jsonl)</translation>
    </message>
    <message>
        <source>the few-shot pool names a label that is no longer in the schema</source>
        <translation>el conjunto few-shot nombra una etiqueta que ya no está en el esquema</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>ninguna respuesta en %1 s</translation>
    </message>
    <message>
        <source>unreadable answer: </source>
        <translation>respuesta ilegible: </translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (%3)</source>
        <translation>%1 respondió HTTP %2 (%3)</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: %3</source>
        <translation>HTTP %1 de %2: %3</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (%3)%4</source>
        <translation>%1 respondió HTTP %2 (%3)%4</translation>
    </message>
    <message>
        <source>; check the endpoint URL and the model name</source>
        <translation>; compruebe la URL del endpoint y el nombre del modelo</translation>
    </message>
    <message>
        <source>; check the API key in $%1 or the keychain</source>
        <translation>; compruebe la clave de API en $%1 o en el llavero</translation>
    </message>
    <message>
        <source>the few-shot pool could not be embedded: %1</source>
        <translation>no se pudo calcular el embedding del conjunto few-shot: %1</translation>
    </message>
    <message>
        <source>%1 (after %2 attempts)</source>
        <translation>%1 (tras %2 intentos)</translation>
    </message>
    <message>
        <source>%1 gave no usable embeddings for the few-shot pool (%2)</source>
        <translation>%1 no dio embeddings utilizables para el conjunto few-shot (%2)</translation>
    </message>
    <message>
        <source>%1 gave %2 embeddings for %3 texts %4</source>
        <translation>%1 dio %2 embeddings para %3 textos %4</translation>
    </message>
    <message>
        <source>unreadable cached answer: </source>
        <translation>respuesta en caché ilegible: </translation>
    </message>
    <message>
        <source>API key from the </source>
        <translation>clave de API de </translation>
    </message>
    <message>
        <source>teacher stopped: %1. %2 results were saved; run teach again to resume.</source>
        <translation>profesor detenido: %1. Se guardaron %2 resultados; ejecute teach de nuevo para reanudar.</translation>
    </message>
    <message>
        <source>the select strategy asks about each sample&apos;s earlier candidates and needs a live run; a request file can hold sa, ca_add or ca_all</source>
        <translation>la estrategia select pregunta por los candidatos anteriores de cada muestra y necesita una ejecución en vivo; un archivo de solicitudes admite sa, ca_add o ca_all</translation>
    </message>
    <message>
        <source>demonstrations picked by /embeddings (embedding model %1) need the endpoint; a request file needs TF-IDF demonstrations (--embedding-model &apos;&apos;)</source>
        <translation>las demostraciones elegidas mediante /embeddings (modelo de embeddings %1) necesitan el endpoint; un archivo de solicitudes necesita demostraciones TF-IDF (--embedding-model &apos;&apos;)</translation>
    </message>
    <message>
        <source>examples per label must lie between 1 and 1000, got %1</source>
        <translation>los ejemplos por etiqueta deben estar entre 1 y 1000; se recibió %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be %3</source>
        <translation>%1: &quot;%2&quot; debe ser %3</translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot; is not an http(s) URL such as https://api.openai.com/v1</source>
        <translation>el endpoint &quot;%1&quot; no es una URL http(s) como https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>the model name is empty</source>
        <translation>el nombre del modelo está vacío</translation>
    </message>
    <message>
        <source>%1 must lie between %2 and %3, got %4</source>
        <translation>%1 debe estar entre %2 y %3; se recibió %4</translation>
    </message>
    <message>
        <source>api_key_env must name an environment variable</source>
        <translation>api_key_env debe nombrar una variable de entorno</translation>
    </message>
    <message>
        <source>the answer is larger than %1 kB, the limit for one answer; it was not stored</source>
        <translation>la respuesta supera %1 kB, el límite de una respuesta; no se guardó</translation>
    </message>
    <message>
        <source>  last failure: %1
</source>
        <translation>  último fallo: %1
</translation>
    </message>
    <message>
        <source>%1 requests in a row failed without one success (the last: %2); %3 looks down or unreachable, so the run stopped instead of retrying every sample</source>
        <translation>%1 solicitudes seguidas fallaron sin ningún éxito (la última: %2); %3 parece caído o inalcanzable, así que la ejecución se detuvo en lugar de reintentar cada muestra</translation>
    </message>
    <message>
        <source>%1: the project is being annotated by process %2 on %3; wait for that run to end or stop it (a stopped run resumes where it was, paid answers are cached)</source>
        <translation>%1: el proceso %2 en %3 está anotando el proyecto; espere a que termine esa ejecución o deténgala (una ejecución detenida continúa donde estaba y las respuestas pagadas quedan en caché)</translation>
    </message>
    <message>
        <source>this host</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>the API key from the %1 contains a line break or another control character (U+%2), which would corrupt the HTTP request; nothing was sent. Store the key without it.</source>
        <translation>la clave de API de %1 contiene un salto de línea u otro carácter de control (U+%2) que corrompería la solicitud HTTP; no se envió nada. Guarde la clave sin él.</translation>
    </message>
</context>
<context>
    <name>candist::AgreementView</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Agreement report</source>
        <translation>Informe de acuerdo</translation>
    </message>
    <message>
        <source>Agreement summary</source>
        <translation>Resumen del acuerdo</translation>
    </message>
    <message>
        <source>Confusion matrix, human × teacher</source>
        <translation>Matriz de confusión, persona × profesor</translation>
    </message>
    <message>
        <source>Confusion matrix, human × student</source>
        <translation>Matriz de confusión, persona × estudiante</translation>
    </message>
    <message>
        <source>Per-label accuracy against the human answers</source>
        <translation>Exactitud por etiqueta frente a las respuestas humanas</translation>
    </message>
    <message>
        <source>Human label</source>
        <translation>Etiqueta humana</translation>
    </message>
    <message>
        <source>Human answers</source>
        <translation>Respuestas humanas</translation>
    </message>
    <message>
        <source>Teacher accuracy</source>
        <translation>Exactitud del profesor</translation>
    </message>
    <message>
        <source>Student accuracy</source>
        <translation>Exactitud del estudiante</translation>
    </message>
    <message>
        <source>Human × %1 (%2 compared, %3 agree)</source>
        <translation>Persona × %1 (%2 comparadas, %3 coinciden)</translation>
    </message>
    <message>
        <source>human</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>Computing the agreement report…</source>
        <translation>Calculando el informe de acuerdo…</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>No hay ningún proyecto abierto.</translation>
    </message>
    <message>
        <source>No sample has a human label yet: review some samples (Ctrl+4) and the agreement with the teacher and the student appears here.</source>
        <translation>Ninguna muestra tiene aún una etiqueta humana: revise algunas muestras (Ctrl+4) y aquí aparecerá el acuerdo con el profesor y el estudiante.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; samples labelled by a human. Teacher (first candidate) agrees on %2, the student on %3. Where teacher and student disagreed the human sided with the &lt;b&gt;teacher %4&lt;/b&gt; and with the &lt;b&gt;student %5&lt;/b&gt; times; on %6 samples all three differ.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; muestras etiquetadas por una persona. El profesor (primer candidato) coincide en %2, el estudiante en %3. Donde profesor y estudiante discrepaban, la persona se puso del lado del &lt;b&gt;profesor %4&lt;/b&gt; veces y del &lt;b&gt;estudiante %5&lt;/b&gt; veces; en %6 muestras los tres difieren.</translation>
    </message>
    <message>
        <source> (student preferred in %1 of those)</source>
        <translation> (el estudiante preferido en %1 de ellas)</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>profesor</translation>
    </message>
    <message>
        <source>student</source>
        <translation>estudiante</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message numerus="yes">
        <source>The student was trained on %n of these human labels (Re-distil): they are left out of its comparison, where it would only repeat them.</source>
        <translation>
            <numerusform>El estudiante se entrenó con %n de estas etiquetas humanas (Redestilar): queda fuera de su comparación, donde solo la repetiría.</numerusform>
            <numerusform>El estudiante se entrenó con %n de estas etiquetas humanas (Redestilar): quedan fuera de su comparación, donde solo las repetiría.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a cell to list the samples you labelled with its row&apos;s label</source>
        <translation>Haga clic en una celda para listar las muestras que etiquetó con la etiqueta de su fila</translation>
    </message>
</context>
<context>
    <name>candist::DataFileField</name>
    <message>
        <source>Input file</source>
        <translation>Archivo de entrada</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>%1 columns: %2</source>
        <translation>%1 columnas: %2</translation>
    </message>
    <message>
        <source>The preview stops early: %1</source>
        <translation>La vista previa termina antes: %1</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vista previa de las primeras filas</translation>
    </message>
</context>
<context>
    <name>candist::DetailPanel</name>
    <message>
        <source>labelled %1</source>
        <translation>etiquetada como %1</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitida</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>borrada</translation>
    </message>
    <message>
        <source>Sample details</source>
        <translation>Detalles de la muestra</translation>
    </message>
    <message>
        <source>Why review this sample</source>
        <translation>Por qué revisar esta muestra</translation>
    </message>
    <message>
        <source>Sample text</source>
        <translation>Texto de la muestra</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Su decisión</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Unsure: keep the machine label (Space)</source>
        <translation>No estoy seguro: mantener la etiqueta automática (Espacio)</translation>
    </message>
    <message>
        <source>Skip sample</source>
        <translation>Omitir muestra</translation>
    </message>
    <message>
        <source>Clear decision</source>
        <translation>Borrar decisión</translation>
    </message>
    <message>
        <source>Withdraw the human decision (Backspace)</source>
        <translation>Retirar la decisión humana (Retroceso)</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Profesor</translation>
    </message>
    <message>
        <source>Raw teacher answer</source>
        <translation>Respuesta sin procesar del profesor</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Student probability per label</source>
        <translation>Probabilidad del estudiante por etiqueta</translation>
    </message>
    <message>
        <source>other labels</source>
        <translation>otras etiquetas</translation>
    </message>
    <message>
        <source>teacher candidates</source>
        <translation>candidatos del profesor</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>probabilidad</translation>
    </message>
    <message>
        <source>Provenance and history</source>
        <translation>Procedencia e historial</translation>
    </message>
    <message>
        <source>Label as %1</source>
        <translation>Etiquetar como %1</translation>
    </message>
    <message>
        <source>Label as %1: %2</source>
        <translation>Etiquetar como %1: %2</translation>
    </message>
    <message>
        <source>No sample selected</source>
        <translation>Ninguna muestra seleccionada</translation>
    </message>
    <message>
        <source>Sample %1</source>
        <translation>Muestra %1</translation>
    </message>
    <message>
        <source>decided by a human</source>
        <translation>decidida por una persona</translation>
    </message>
    <message>
        <source>from the student</source>
        <translation>del estudiante</translation>
    </message>
    <message>
        <source>from the teacher&apos;s first candidate</source>
        <translation>del primer candidato del profesor</translation>
    </message>
    <message>
        <source>Final label %1 &lt;span style=&quot;color:gray&quot;&gt;%2%3&lt;/span&gt;</source>
        <translation>Etiqueta final %1 &lt;span style=&quot;color:gray&quot;&gt;%2%3&lt;/span&gt;</translation>
    </message>
    <message>
        <source>, confidence %1</source>
        <translation>, confianza %1</translation>
    </message>
    <message>
        <source>No label yet</source>
        <translation>Aún sin etiqueta</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Revisión: %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;no candidates&lt;/i&gt;</source>
        <translation>&lt;i&gt;sin candidatos&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Status %1 · strategy %2 · %3 prompt + %4 completion tokens · %5 ms</source>
        <translation>Estado %1 · estrategia %2 · %3 tokens de prompt + %4 de respuesta · %5 ms</translation>
    </message>
    <message>
        <source>&lt;i&gt;The teacher has not annotated this sample yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;El profesor aún no ha anotado esta muestra.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>overrules the teacher</source>
        <translation>contradice al profesor</translation>
    </message>
    <message>
        <source>outside the candidate set</source>
        <translation>fuera del conjunto de candidatos</translation>
    </message>
    <message>
        <source>clean small-loss sample</source>
        <translation>muestra limpia de pérdida pequeña</translation>
    </message>
    <message>
        <source>Predicts %1 with confidence %2 (run %3, %4)%5</source>
        <translation>Predice %1 con confianza %2 (ejecución %3, %4)%5</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>No student prediction yet.</source>
        <translation>Aún no hay predicción del estudiante.</translation>
    </message>
    <message>
        <source>No human decision yet.</source>
        <translation>Aún no hay decisión humana.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Metadata: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>Metadatos: &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Project row %1</source>
        <translation>Fila %1 del proyecto</translation>
    </message>
    <message>
        <source>the best of the teacher&apos;s candidates; %1 (%2) scores higher but lies outside them</source>
        <translation>el mejor de los candidatos del profesor; %1 (%2) puntúa más alto pero está fuera de ellos</translation>
    </message>
    <message>
        <source>Flags and comment</source>
        <translation>Marcas y comentario</translation>
    </message>
    <message>
        <source>Flag: %1</source>
        <translation>Marca: %1</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Comment (Enter saves, Esc reverts)</source>
        <translation>Comentario (Intro guarda, Esc deshace)</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Último cambio %1</translation>
    </message>
</context>
<context>
    <name>candist::DistillationActions</name>
    <message>
        <source>&amp;Distil Student…</source>
        <translation>&amp;Destilar estudiante…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Train the student on the teacher&apos;s candidate sets</source>
        <translation>Entrenar al estudiante con los conjuntos de candidatos del profesor</translation>
    </message>
    <message>
        <source>Distillation</source>
        <translation>Destilación</translation>
    </message>
    <message>
        <source>&amp;Re-distil Now</source>
        <translation>&amp;Volver a destilar ahora</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Train the student again with the last run&apos;s parameters; human labels enter as singleton candidate sets</source>
        <translation>Entrenar de nuevo al estudiante con los parámetros de la última ejecución; las etiquetas humanas entran como conjuntos de candidatos de un solo elemento</translation>
    </message>
    <message>
        <source>Res&amp;ume Interrupted Run</source>
        <translation>Re&amp;anudar ejecución interrumpida</translation>
    </message>
    <message>
        <source>Continue the last distillation run that was cancelled, failed or killed, from its last checkpoint, with the same parameters</source>
        <translation>Continúa la última destilación cancelada, fallida o interrumpida desde su último punto de control, con los mismos parámetros</translation>
    </message>
    <message numerus="yes">
        <source>run %1 %2 after %n epoch(s), teacher agreement %3, word vectors: %4</source>
        <translation>
            <numerusform>ejecución %1 %2 tras %n época, acuerdo con el profesor %3, vectores de palabras: %4</numerusform>
            <numerusform>ejecución %1 %2 tras %n épocas, acuerdo con el profesor %3, vectores de palabras: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>The project has no samples yet: File › Import Samples… adds some.</source>
        <translation>El proyecto aún no tiene muestras: Archivo › Importar muestras… añade algunas.</translation>
    </message>
    <message>
        <source>The samples have no candidate sets yet: Run › Run Teacher… asks the teacher for them (or label some samples by hand first).</source>
        <translation>Las muestras aún no tienen conjuntos de candidatos: Ejecutar › Ejecutar profesor… se los pide al profesor (o etiquete antes algunas muestras a mano).</translation>
    </message>
    <message>
        <source>Distil Student</source>
        <translation>Destilar estudiante</translation>
    </message>
</context>
<context>
    <name>candist::DistillationDialog</name>
    <message>
        <source>Distil Student</source>
        <translation>Destilar estudiante</translation>
    </message>
    <message>
        <source>CanDist: Distribution Refinery over candidate sets</source>
        <translation>CanDist: Distribution Refinery sobre conjuntos de candidatos</translation>
    </message>
    <message>
        <source>Single: the teacher&apos;s first candidate</source>
        <translation>Single: el primer candidato del profesor</translation>
    </message>
    <message>
        <source>Vanilla: uniform over the candidates</source>
        <translation>Vanilla: uniforme sobre los candidatos</translation>
    </message>
    <message>
        <source>Gold: supervised upper reference</source>
        <translation>Gold: referencia supervisada superior</translation>
    </message>
    <message>
        <source>All %1 cores</source>
        <translation>Todos los %1 núcleos</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>É&amp;pocas:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Semilla:</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Hilos:</translation>
    </message>
    <message>
        <source>Distribution Refinery</source>
        <translation>Distribution Refinery</translation>
    </message>
    <message>
        <source>&amp;Renormalise targets (Ren.)</source>
        <translation>&amp;Renormalizar objetivos (Ren.)</translation>
    </message>
    <message>
        <source>Filter &amp;out-of-candidate samples (Out.)</source>
        <translation>Filtrar muestras fuera de l&amp;os candidatos (Out.)</translation>
    </message>
    <message>
        <source>S&amp;harpen clean samples (Sha.)</source>
        <translation>Agudi&amp;zar las distribuciones de las muestras limpias (Sha.)</translation>
    </message>
    <message>
        <source>&amp;Class-wise small-loss selection (Cla.)</source>
        <translation>Selección de pérdida pequeña por &amp;clase (Cla.)</translation>
    </message>
    <message>
        <source>Trust high-confidence &amp;overrules (Hig.)</source>
        <translation>Confiar en las contradicciones de a&amp;lta confianza (Hig.)</translation>
    </message>
    <message>
        <source>&amp;Auxiliary consistency and mixup losses</source>
        <translation>Pérdidas &amp;auxiliares de consistencia y mixup</translation>
    </message>
    <message>
        <source>Small-loss fraction &amp;δ:</source>
        <translation>Fracción de pérdida pequeña &amp;δ:</translation>
    </message>
    <message>
        <source>Confidence threshold &amp;τ:</source>
        <translation>Umbral de confianza &amp;τ:</translation>
    </message>
    <message>
        <source>&amp;Distil</source>
        <translation>&amp;Destilar</translation>
    </message>
    <message>
        <source>Within the candidates, unless the student is sure of another label</source>
        <translation>Dentro de los candidatos, salvo que el estudiante esté seguro de otra etiqueta</translation>
    </message>
    <message>
        <source>Always within the candidates</source>
        <translation>Siempre dentro de los candidatos</translation>
    </message>
    <message>
        <source>The student&apos;s choice over all labels (the paper)</source>
        <translation>La elección del estudiante entre todas las etiquetas (el artículo)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source> folds</source>
        <translation> particiones</translation>
    </message>
    <message>
        <source>Label the pool with students that never saw the sample they label: pays with noisy human labels, costs as many extra trainings as folds.</source>
        <translation>Etiqueta el conjunto con estudiantes que nunca vieron la muestra que etiquetan: compensa con etiquetas humanas ruidosas y cuesta tantos entrenamientos adicionales como particiones.</translation>
    </message>
    <message>
        <source>Pool &amp;labels:</source>
        <translation>&amp;Etiquetas del conjunto:</translation>
    </message>
    <message>
        <source>C&amp;ross-fitting:</source>
        <translation>Validación cr&amp;uzada:</translation>
    </message>
    <message>
        <source>The student&apos;s opinion weighed by the teacher&apos;s measured reliability</source>
        <translation>La opinión del estudiante ponderada por la fiabilidad medida del profesor</translation>
    </message>
    <message>
        <source>Let the pool choose the initial target and the stopping epoch</source>
        <translation>Dejar que el conjunto elija el objetivo inicial y la época de parada</translation>
    </message>
    <message>
        <source>Students that never saw a sample label it, and the configuration under which they explain the teacher&apos;s annotations best is kept (no gold needed). About three times the training; worth it with a weak teacher.</source>
        <translation>Estudiantes que nunca vieron una muestra la etiquetan, y se conserva la configuración con la que mejor explican las anotaciones del profesor (sin etiquetas de referencia). Unas tres veces el entrenamiento; compensa con un profesor débil.</translation>
    </message>
    <message>
        <source>&amp;Word vectors:</source>
        <translation>&amp;Vectores de palabras:</translation>
    </message>
</context>
<context>
    <name>candist::DistillationView</name>
    <message>
        <source>Plot</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Fit to data</source>
        <translation>Ajustar a los datos</translation>
    </message>
    <message>
        <source>Export plot…</source>
        <translation>Exportar gráfico…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Distillation runs</source>
        <translation>Ejecuciones de destilación</translation>
    </message>
    <message>
        <source>Metrics to plot</source>
        <translation>Métricas a representar</translation>
    </message>
    <message>
        <source>Per-epoch curves</source>
        <translation>Curvas por época</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>Histogram of candidate-set sizes</source>
        <translation>Histograma de tamaños de los conjuntos de candidatos</translation>
    </message>
    <message>
        <source>Histogram of student confidence</source>
        <translation>Histograma de la confianza del estudiante</translation>
    </message>
    <message>
        <source>Candidate-set size</source>
        <translation>Tamaño del conjunto de candidatos</translation>
    </message>
    <message>
        <source>Student confidence</source>
        <translation>Confianza del estudiante</translation>
    </message>
    <message>
        <source>labels in the teacher&apos;s set</source>
        <translation>etiquetas en el conjunto del profesor</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>muestras</translation>
    </message>
    <message>
        <source>max probability</source>
        <translation>probabilidad máxima</translation>
    </message>
    <message>
        <source>#%1 %2 (%3)</source>
        <translation>#%1 %2 (%3)</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>iniciada %1</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>The teacher results or human labels changed while this run trained: distil again.</source>
        <translation>Los resultados del maestro o las etiquetas humanas cambiaron mientras esta ejecución entrenaba: vuelva a destilar.</translation>
    </message>
    <message>
        <source>&amp;Runs (uncheck to hide)</source>
        <translation>&amp;Ejecuciones (desmarque para ocultar)</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nombrar…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Removes the run and its curves from the project; this cannot be undone</source>
        <translation>Elimina la ejecución y sus curvas del proyecto; no se puede deshacer</translation>
    </message>
    <message>
        <source>&amp;Metrics (one plot each)</source>
        <translation>&amp;Métricas (un gráfico cada una)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>%1, stale</source>
        <translation>%1, obsoleta</translation>
    </message>
    <message>
        <source>%1 — #%2 %3 (%4)</source>
        <translation>%1 — #%2 %3 (%4)</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>no metric chosen</source>
        <translation>ninguna métrica elegida</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>%1, epoch %2
%3: %4%5</source>
        <translation>%1, época %2
%3: %4%5</translation>
    </message>
    <message>
        <source>Rename Run</source>
        <translation>Renombrar ejecución</translation>
    </message>
    <message>
        <source>Name of run #%1 (%2); empty for none:</source>
        <translation>Nombre de la ejecución #%1 (%2); vacío para ninguno:</translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation>Eliminar ejecución</translation>
    </message>
    <message>
        <source>Delete %1 and its curves from the project? This cannot be undone.</source>
        <translation>¿Eliminar %1 y sus curvas del proyecto? No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>candist::ErrorLine</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>candist::ExportDialog</name>
    <message>
        <source>Export Labels</source>
        <translation>Exportar etiquetas</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Archivo de salida</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Output CSV:</source>
        <translation>CSV de &amp;salida:</translation>
    </message>
    <message>
        <source>Only samples with a final &amp;label</source>
        <translation>Solo muestras con una &amp;etiqueta final</translation>
    </message>
    <message>
        <source>&amp;Spreadsheet-safe cells (no formulas)</source>
        <translation>Celdas &amp;seguras para hojas de cálculo (sin fórmulas)</translation>
    </message>
    <message>
        <source>Cells starting with = + - @ get a leading apostrophe</source>
        <translation>Las celdas que empiezan por = + - @ llevan un apóstrofo delante</translation>
    </message>
    <message>
        <source>Student &amp;probability per label</source>
        <translation>&amp;Probabilidad del estudiante por etiqueta</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>candist::FilterBar</name>
    <message>
        <source>Search text or ID</source>
        <translation>Buscar texto o ID</translation>
    </message>
    <message>
        <source>Search samples</source>
        <translation>Buscar muestras</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>All samples</source>
        <translation>Todas las muestras</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <source>Labelled by a human</source>
        <translation>Etiquetadas por una persona</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidas</translation>
    </message>
    <message>
        <source>Teacher pending</source>
        <translation>Profesor pendiente</translation>
    </message>
    <message>
        <source>Teacher answered</source>
        <translation>Respondidas por el profesor</translation>
    </message>
    <message>
        <source>Teacher parse failure</source>
        <translation>Fallo de análisis del profesor</translation>
    </message>
    <message>
        <source>Teacher transport failure</source>
        <translation>Fallo de transporte del profesor</translation>
    </message>
    <message>
        <source>Final label filter</source>
        <translation>Filtro de etiqueta final</translation>
    </message>
    <message>
        <source>size any</source>
        <translation>cualquier tamaño</translation>
    </message>
    <message>
        <source>size ≥ </source>
        <translation>tamaño ≥ </translation>
    </message>
    <message>
        <source>Smallest candidate-set size</source>
        <translation>Tamaño mínimo del conjunto de candidatos</translation>
    </message>
    <message>
        <source>Minimum candidate-set size</source>
        <translation>Tamaño mínimo del conjunto de candidatos</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>≤ </source>
        <translation>≤ </translation>
    </message>
    <message>
        <source>Largest candidate-set size</source>
        <translation>Tamaño máximo del conjunto de candidatos</translation>
    </message>
    <message>
        <source>Maximum candidate-set size</source>
        <translation>Tamaño máximo del conjunto de candidatos</translation>
    </message>
    <message>
        <source>Flag filters</source>
        <translation>Filtros de marcas</translation>
    </message>
    <message>
        <source>&amp;Ambiguous (several candidates or out of set)</source>
        <translation>&amp;Ambiguas (varios candidatos o fuera del conjunto)</translation>
    </message>
    <message>
        <source>&amp;Out of the candidate set</source>
        <translation>&amp;Fuera del conjunto de candidatos</translation>
    </message>
    <message>
        <source>O&amp;verruled by the student</source>
        <translation>Contradichas por el &amp;estudiante</translation>
    </message>
    <message>
        <source>&amp;Parse failure</source>
        <translation>Fallo de a&amp;nálisis</translation>
    </message>
    <message>
        <source>Sort key</source>
        <translation>Clave de ordenación</translation>
    </message>
    <message>
        <source>Sort order of the table</source>
        <translation>Orden de la tabla</translation>
    </message>
    <message>
        <source>Sort: import order</source>
        <translation>Ordenar: orden de importación</translation>
    </message>
    <message>
        <source>Sort: ID</source>
        <translation>Ordenar: ID</translation>
    </message>
    <message>
        <source>Sort: confidence</source>
        <translation>Ordenar: confianza</translation>
    </message>
    <message>
        <source>Sort: margin</source>
        <translation>Ordenar: margen</translation>
    </message>
    <message>
        <source>Sort: entropy</source>
        <translation>Ordenar: entropía</translation>
    </message>
    <message>
        <source>Sort: candidate-set size</source>
        <translation>Ordenar: tamaño del conjunto de candidatos</translation>
    </message>
    <message>
        <source>Sort: student label</source>
        <translation>Ordenar: etiqueta del estudiante</translation>
    </message>
    <message>
        <source>Sort: final label</source>
        <translation>Ordenar: etiqueta final</translation>
    </message>
    <message>
        <source>Sort: review priority</source>
        <translation>Ordenar: prioridad de revisión</translation>
    </message>
    <message>
        <source>core/review&apos;s queue: samples without a human label, most valuable answer first</source>
        <translation>cola de core/review: muestras sin etiqueta humana, primero la respuesta más valiosa</translation>
    </message>
    <message>
        <source>Descending order</source>
        <translation>Orden descendente</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Restablecer filtros</translation>
    </message>
    <message>
        <source>Any final label</source>
        <translation>Cualquier etiqueta final</translation>
    </message>
    <message>
        <source>ambiguous</source>
        <translation>ambigua</translation>
    </message>
    <message>
        <source>out of set</source>
        <translation>fuera del conjunto</translation>
    </message>
    <message>
        <source>overruled</source>
        <translation>contradicha</translation>
    </message>
    <message>
        <source>parse failure</source>
        <translation>fallo de análisis</translation>
    </message>
    <message>
        <source>Any flags</source>
        <translation>Cualquier marca</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Tus notas</translation>
    </message>
    <message>
        <source>&amp;Flagged (any of your flags)</source>
        <translation>&amp;Marcadas (cualquiera de tus marcas)</translation>
    </message>
    <message>
        <source>Flag: %1</source>
        <translation>Marca: %1</translation>
    </message>
    <message>
        <source>Has a &amp;comment</source>
        <translation>Con &amp;comentario</translation>
    </message>
    <message>
        <source>Sort: your flags</source>
        <translation>Orden: tus marcas</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>marcadas</translation>
    </message>
    <message>
        <source>commented</source>
        <translation>comentadas</translation>
    </message>
    <message>
        <source>Agreement cell filter</source>
        <translation>Filtro de celda de acuerdo</translation>
    </message>
    <message>
        <source>Samples of one agreement-report cell; click to show them all again</source>
        <translation>Muestras de una celda del informe de acuerdo; haga clic para volver a mostrarlas todas</translation>
    </message>
    <message>
        <source>teacher said %1</source>
        <translation>el profesor dijo %1</translation>
    </message>
    <message>
        <source>student said %1</source>
        <translation>el estudiante dijo %1</translation>
    </message>
</context>
<context>
    <name>candist::ImportAnnotationsWizard</name>
    <message>
        <source>Batch API results</source>
        <translation>Resultados de la API Batch</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>Asignar las columnas</translation>
    </message>
    <message>
        <source>The first %1 lines of the file.</source>
        <translation>Las primeras %1 líneas del archivo.</translation>
    </message>
    <message>
        <source>The first %1 rows of the file. Choose the column that names the samples and the label columns: several columns are several annotators, merged into one candidate set ranked by votes.</source>
        <translation>Las primeras %1 filas del archivo. Elija la columna que nombra las muestras y las columnas de etiquetas: varias columnas son varios anotadores, combinados en un único conjunto de candidatos ordenado por votos.</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Importar anotaciones</translation>
    </message>
    <message>
        <source>Choose the annotations</source>
        <translation>Elegir las anotaciones</translation>
    </message>
    <message>
        <source>Existing annotations become the teacher&apos;s candidate sets: a CSV or JSONL file with a label, a &apos;|&apos;-separated list or a JSON array of labels per cell (an empty cell abstains), or the results of an OpenAI Batch API job.</source>
        <translation>Las anotaciones existentes pasan a ser los conjuntos de candidatos del profesor: un archivo CSV o JSONL con una etiqueta, una lista separada por &apos;|&apos; o un array JSON de etiquetas por celda (una celda vacía se abstiene), o los resultados de un trabajo de la API Batch de OpenAI.</translation>
    </message>
    <message>
        <source>Annotation files (*.csv *.tsv *.jsonl *.json);;All files (*)</source>
        <translation>Archivos de anotaciones (*.csv *.tsv *.jsonl *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Annotations: label columns, one per annotator (CSV or JSONL)</source>
        <translation>A&amp;notaciones: columnas de etiquetas, una por anotador (CSV o JSONL)</translation>
    </message>
    <message>
        <source>OpenAI &amp;Batch API results (the answers to a request file of teach --batch-file)</source>
        <translation>Resultados de la API &amp;Batch de OpenAI (las respuestas a un archivo de peticiones de teach --batch-file)</translation>
    </message>
    <message>
        <source>their ID</source>
        <translation>su ID</translation>
    </message>
    <message>
        <source>their exact text</source>
        <translation>su texto exacto</translation>
    </message>
    <message>
        <source>Label columns</source>
        <translation>Columnas de etiquetas</translation>
    </message>
    <message>
        <source>&amp;Match samples by:</source>
        <translation>&amp;Emparejar muestras por:</translation>
    </message>
    <message>
        <source>&amp;In column:</source>
        <translation>En la &amp;columna:</translation>
    </message>
    <message>
        <source>&amp;Label columns:</source>
        <translation>Columnas de e&amp;tiquetas:</translation>
    </message>
    <message>
        <source>Each line&apos;s custom_id names the sample and the prompt it answers. The answers are parsed and decided with the project&apos;s teacher settings, as a live run would, and cached, so a later teacher run does not pay for them again.</source>
        <translation>El custom_id de cada línea nombra la muestra y el prompt al que responde. Las respuestas se analizan y se deciden con los ajustes del profesor del proyecto, como en una ejecución en vivo, y se guardan en caché, de modo que una ejecución posterior del profesor no vuelve a pagarlas.</translation>
    </message>
    <message>
        <source>Row %1 of the preview: column &quot;%2&quot; names &quot;%3&quot;, which is not one of the project&apos;s labels (%4).</source>
        <translation>Fila %1 de la vista previa: la columna «%2» nombra «%3», que no es una de las etiquetas del proyecto (%4).</translation>
    </message>
    <message>
        <source>Choose a file that can be read.</source>
        <translation>Elija un archivo que se pueda leer.</translation>
    </message>
    <message>
        <source>This is no Batch API results file: its first line has no &quot;custom_id&quot; and &quot;response&quot;. Go back and choose Annotations.</source>
        <translation>Este no es un archivo de resultados de la API Batch: su primera línea no tiene «custom_id» ni «response». Vuelva atrás y elija Anotaciones.</translation>
    </message>
    <message>
        <source>The project has no labels yet: import samples with a gold column or a label schema file first.</source>
        <translation>El proyecto aún no tiene etiquetas: importe primero muestras con una columna de referencia o un archivo de esquema de etiquetas.</translation>
    </message>
    <message>
        <source>Choose the column that names the samples.</source>
        <translation>Elija la columna que nombra las muestras.</translation>
    </message>
    <message>
        <source>Check at least one label column.</source>
        <translation>Marque al menos una columna de etiquetas.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; cannot both name the samples and hold their labels.</source>
        <translation>La columna «%1» no puede nombrar las muestras y contener a la vez sus etiquetas.</translation>
    </message>
    <message>
        <source>Rows name samples by their ID in &quot;%1&quot;.</source>
        <translation>Las filas nombran las muestras por su ID en «%1».</translation>
    </message>
    <message>
        <source>Rows name samples by their exact text in &quot;%1&quot;.</source>
        <translation>Las filas nombran las muestras por su texto exacto en «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n annotators, merged by votes.</source>
        <translation>
            <numerusform>%n anotador, combinado por votos.</numerusform>
            <numerusform>%n anotadores, combinados por votos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candist::ImportWizard</name>
    <message>
        <source>Import Samples</source>
        <translation>Importar muestras</translation>
    </message>
    <message>
        <source>Choose the data file</source>
        <translation>Elija el archivo de datos</translation>
    </message>
    <message>
        <source>CSV (comma, semicolon or tab separated, with a header row) or JSONL (one JSON object per line).</source>
        <translation>CSV (separado por comas, punto y coma o tabuladores, con una fila de cabecera) o JSONL (un objeto JSON por línea).</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>Asignar las columnas</translation>
    </message>
    <message>
        <source>The first %1 rows of the file. Only the text column is required; the other columns become each sample&apos;s metadata.</source>
        <translation>Las primeras %1 filas del archivo. Solo la columna de texto es obligatoria; las demás columnas pasan a ser metadatos de cada muestra.</translation>
    </message>
    <message>
        <source>optional: labels.json (names, descriptions, aliases)</source>
        <translation>opcional: labels.json (nombres, descripciones, alias)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Text column:</source>
        <translation>Columna de &amp;texto:</translation>
    </message>
    <message>
        <source>&amp;Gold label column:</source>
        <translation>Columna de etiqueta de &amp;referencia (gold):</translation>
    </message>
    <message>
        <source>&amp;ID column:</source>
        <translation>Columna de &amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Label schema file:</source>
        <translation>Archivo de esquema de &amp;etiquetas:</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.jsonl *.json);;All files (*)</source>
        <translation>Archivos de datos (*.csv *.tsv *.jsonl *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Label Schema File</source>
        <translation>Archivo de esquema de etiquetas</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>candist::IoActions</name>
    <message>
        <source>&amp;Import Samples…</source>
        <translation>&amp;Importar muestras…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export Labels…</source>
        <translation>&amp;Exportar etiquetas…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Project &amp;Statistics…</source>
        <translation>Estadís&amp;ticas del proyecto…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>New Project for the Import</source>
        <translation>Nuevo proyecto para la importación</translation>
    </message>
    <message>
        <source>CanDist projects (*.candist)</source>
        <translation>Proyectos de CanDist (*.candist)</translation>
    </message>
    <message>
        <source>Import Samples</source>
        <translation>Importar muestras</translation>
    </message>
    <message>
        <source>%1 already exists; open it and import again.</source>
        <translation>%1 ya existe; ábralo e importe de nuevo.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) imported</source>
        <translation>
            <numerusform>%n muestra importada</numerusform>
            <numerusform>%n muestras importadas</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 with gold</source>
        <translation>, %1 con referencia (gold)</translation>
    </message>
    <message numerus="yes">
        <source>, %n row(s) skipped (first: line %1, %2)</source>
        <translation>
            <numerusform>, %n fila omitida (primera: línea %1, %2)</numerusform>
            <numerusform>, %n filas omitidas (primera: línea %1, %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n fila escrita en %1</numerusform>
            <numerusform>%n filas escritas en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Project Statistics</source>
        <translation>Estadísticas del proyecto</translation>
    </message>
    <message>
        <source>Project statistics</source>
        <translation>Estadísticas del proyecto</translation>
    </message>
    <message>
        <source>Import &amp;Annotations…</source>
        <translation>Importar &amp;anotaciones…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Load candidate sets: existing annotations or OpenAI Batch API results</source>
        <translation>Cargar conjuntos de candidatos: anotaciones existentes o resultados de la API Batch de OpenAI</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Importar anotaciones</translation>
    </message>
    <message>
        <source>Another job is running; wait for it to finish or cancel it.</source>
        <translation>Hay otro trabajo en curso; espere a que termine o cancélelo.</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>Importar anotaciones</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) annotated, %1 without a valid label, %2 failed, %3 left pending, from %4 answer line(s); cost %5</source>
        <translation>
            <numerusform>%n muestra anotada, %1 sin etiqueta válida, %2 fallidas, %3 pendientes, de %4 líneas de respuesta; coste %5</numerusform>
            <numerusform>%n muestras anotadas, %1 sin etiqueta válida, %2 fallidas, %3 pendientes, de %4 líneas de respuesta; coste %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) annotated, %1 abstained, from %2 row(s)</source>
        <translation>
            <numerusform>%n muestra anotada, %1 abstenciones, de %2 filas</numerusform>
            <numerusform>%n muestras anotadas, %1 abstenciones, de %2 filas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candist::JobProgressWidget</name>
    <message>
        <source>Job progress</source>
        <translation>Progreso de la tarea</translation>
    </message>
    <message>
        <source>Job status</source>
        <translation>Estado de la tarea</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Cancelar la tarea</translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation>Cancelando tras el lote actual…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Tiempo restante %1</translation>
    </message>
</context>
<context>
    <name>candist::LabelChoiceButton</name>
    <message>
        <source>Label as %1</source>
        <translation>Etiquetar como %1</translation>
    </message>
    <message>
        <source>student probability %1%</source>
        <translation>probabilidad del estudiante %1%</translation>
    </message>
    <message>
        <source>  ✓ your label</source>
        <translation>  ✓ su etiqueta</translation>
    </message>
    <message>
        <source>  ★ suggested (Enter)</source>
        <translation>  ★ sugerida (Intro)</translation>
    </message>
    <message>
        <source>  • candidate</source>
        <translation>  • candidata</translation>
    </message>
</context>
<context>
    <name>candist::LabelChoicePanel</name>
    <message>
        <source>Sample text</source>
        <translation>Texto de la muestra</translation>
    </message>
</context>
<context>
    <name>candist::LabelSchemaCommand</name>
    <message>
        <source>Edit label schema</source>
        <translation>Editar el esquema de etiquetas</translation>
    </message>
</context>
<context>
    <name>candist::LabelSchemaEditor</name>
    <message>
        <source>Label Schema</source>
        <translation>Esquema de etiquetas</translation>
    </message>
    <message>
        <source>Labels the teacher chooses from and the student learns. Descriptions and aliases go into the teacher&apos;s prompt; hotkeys record your decisions in the detail panel.</source>
        <translation>Las etiquetas entre las que elige el profesor y que aprende el estudiante. Las descripciones y los alias van al prompt del profesor; las teclas rápidas registran sus decisiones en el panel de detalles.</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Aliases (comma separated)</source>
        <translation>Alias (separados por comas)</translation>
    </message>
    <message>
        <source>Hotkey</source>
        <translation>Tecla rápida</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>&amp;Add label</source>
        <translation>&amp;Añadir etiqueta</translation>
    </message>
    <message>
        <source>&amp;Remove label</source>
        <translation>&amp;Quitar etiqueta</translation>
    </message>
    <message>
        <source>Fill in &amp;hotkeys and colours</source>
        <translation>Rellenar &amp;teclas rápidas y colores</translation>
    </message>
    <message>
        <source>label %1</source>
        <translation>etiqueta %1</translation>
    </message>
    <message>
        <source>#rrggbb; double-click to pick, empty for the palette colour</source>
        <translation>#rrggbb; doble clic para elegir, vacío para el color de la paleta</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>Color de la etiqueta</translation>
    </message>
    <message>
        <source>Annotations refer to this label; rename it instead</source>
        <translation>Hay anotaciones que usan esta etiqueta; cámbiele el nombre en su lugar</translation>
    </message>
    <message>
        <source>label schema</source>
        <translation>esquema de etiquetas</translation>
    </message>
    <message>
        <source>label %1: colour &quot;%2&quot; is not a #rrggbb colour</source>
        <translation>etiqueta %1: el color &quot;%2&quot; no es un color #rrggbb</translation>
    </message>
    <message>
        <source>label %1: hotkey &quot;%2&quot; must be one key</source>
        <translation>etiqueta %1: la tecla rápida &quot;%2&quot; debe ser una sola tecla</translation>
    </message>
    <message>
        <source>label %1: hotkey &quot;%2&quot; must be a letter or a digit (Space, Enter, arrows and ? are review keys)</source>
        <translation>etiqueta %1: la tecla rápida &quot;%2&quot; debe ser una letra o un dígito (Espacio, Intro, las flechas y ? son teclas de revisión)</translation>
    </message>
</context>
<context>
    <name>candist::MainWindow</name>
    <message>
        <source>CanDist projects (*.candist);;All files (*)</source>
        <translation>Proyectos de CanDist (*.candist);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <source>Distillation</source>
        <translation>Destilación</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>CanDist Workbench</source>
        <translation>CanDist Workbench</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Cerrar proyecto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
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
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Label Schema…</source>
        <translation>Esquema de &amp;etiquetas…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Samples</source>
        <translation>&amp;Muestras</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Distillation Curves</source>
        <translation>&amp;Curvas de destilación</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>&amp;Next Sample</source>
        <translation>Muestra &amp;siguiente</translation>
    </message>
    <message>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <source>&amp;Previous Sample</source>
        <translation>Muestra &amp;anterior</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>S&amp;kip Sample</source>
        <translation>&amp;Omitir muestra</translation>
    </message>
    <message>
        <source>&amp;Clear Decision</source>
        <translation>&amp;Borrar decisión</translation>
    </message>
    <message>
        <source>&amp;Cancel Running Job</source>
        <translation>&amp;Cancelar la tarea en curso</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>&amp;About CanDist Workbench</source>
        <translation>&amp;Acerca de CanDist Workbench</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Sample &amp;Details</source>
        <translation>&amp;Detalles de la muestra</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>A&amp;notar</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;jecutar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Sample count</source>
        <translation>Número de muestras</translation>
    </message>
    <message>
        <source>Database activity</source>
        <translation>Actividad de la base de datos</translation>
    </message>
    <message>
        <source>Saved state</source>
        <translation>Estado guardado</translation>
    </message>
    <message>
        <source>%1 — CanDist Workbench</source>
        <translation>%1 — CanDist Workbench</translation>
    </message>
    <message>
        <source>No project open. Open one with %1.</source>
        <translation>No hay ningún proyecto abierto. Abra uno con %1.</translation>
    </message>
    <message>
        <source>Empty project: add samples with File › Import Samples (Ctrl+I).</source>
        <translation>Proyecto vacío: añada muestras con Archivo › Importar muestras (Ctrl+I).</translation>
    </message>
    <message>
        <source>%1 samples · loading…</source>
        <translation>%1 muestras · cargando…</translation>
    </message>
    <message>
        <source>%1 of %2 samples shown</source>
        <translation>Se muestran %1 de %2 muestras</translation>
    </message>
    <message>
        <source>✓ All changes saved</source>
        <translation>✓ Todos los cambios guardados</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Every decision is written to the project file the moment it is made</source>
        <translation>Cada decisión se escribe en el archivo del proyecto en el momento en que se toma</translation>
    </message>
    <message>
        <source>Writing to the project file</source>
        <translation>Escribiendo en el archivo del proyecto</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Abrir recientes</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 ya no existe.</translation>
    </message>
    <message>
        <source>Label as %1</source>
        <translation>Etiquetar como %1</translation>
    </message>
    <message>
        <source>%1 cancelled: %2</source>
        <translation>%1 cancelado: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>%1 already exists; open it instead, or choose a new name.</source>
        <translation>%1 ya existe; ábralo o elija otro nombre.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>About CanDist Workbench</source>
        <translation>Acerca de CanDist Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CanDist Workbench %1&lt;/h3&gt;&lt;p&gt;LLM-driven data annotation: prompt a teacher for candidate label sets, then distil them into a student (Xia et al., ACL 2025).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CanDist Workbench %1&lt;/h3&gt;&lt;p&gt;Anotación de datos con LLM: pida a un profesor conjuntos de etiquetas candidatas y destílelos en un estudiante (Xia et al., ACL 2025).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The new language takes effect when you restart CanDist Workbench.</source>
        <translation>El nuevo idioma se aplicará cuando reinicie CanDist Workbench.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>&amp;Agreement Report</source>
        <translation>Informe de &amp;acuerdo</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>%1 is still running. Quit anyway? What it finished so far is saved, and running it again continues from there.</source>
        <translation>%1 sigue en marcha. ¿Salir de todos modos? Lo terminado hasta ahora está guardado, y al ejecutarlo de nuevo continúa desde ahí.</translation>
    </message>
    <message>
        <source>Cancel It and Quit</source>
        <translation>Cancelarlo y salir</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>Seguir ejecutando</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>student</source>
        <translation>estudiante</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>profesor</translation>
    </message>
    <message>
        <source>Spot Check</source>
        <translation>Control puntual</translation>
    </message>
    <message>
        <source>Spo&amp;t Check</source>
        <translation>Control &amp;puntual</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>Recording decisions… %1 of %2</source>
        <translation>Registrando decisiones… %1 de %2</translation>
    </message>
    <message>
        <source>%1 decisions recorded.</source>
        <translation>%1 decisiones registradas.</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Select &amp;All Samples</source>
        <translation>Seleccionar &amp;todas las muestras</translation>
    </message>
    <message>
        <source>Accept &amp;Student&apos;s Label for Selection</source>
        <translation>Aceptar la etiqueta del &amp;estudiante para la selección</translation>
    </message>
    <message>
        <source>Accept &amp;Teacher&apos;s First Candidate for Selection</source>
        <translation>Aceptar el primer candidato del &amp;profesor para la selección</translation>
    </message>
    <message>
        <source>Clear &amp;Decisions of Selection</source>
        <translation>Borrar las &amp;decisiones de la selección</translation>
    </message>
    <message>
        <source>Select samples in the table first (Shift, Ctrl or Ctrl+A).</source>
        <translation>Seleccione primero muestras en la tabla (Mayús, Ctrl o Ctrl+A).</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n selected sample(s)…</source>
        <translation>
            <numerusform>Leyendo %n muestra seleccionada…</numerusform>
            <numerusform>Leyendo %n muestras seleccionadas…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already decided so, %2 without a label to take.</source>
        <translation>%1 ya decididas así, %2 sin etiqueta que tomar.</translation>
    </message>
    <message>
        <source>Nothing to change: %1</source>
        <translation>Nada que cambiar: %1</translation>
    </message>
    <message>
        <source>Bulk Decision</source>
        <translation>Decisión en bloque</translation>
    </message>
    <message>
        <source>This changes the decisions of %1 samples (%2). One undo (Ctrl+Z) reverts all of them.</source>
        <translation>Esto cambia las decisiones de %1 muestras (%2). Un solo deshacer (Ctrl+Z) las revierte todas.</translation>
    </message>
    <message>
        <source>Change Them</source>
        <translation>Cambiarlas</translation>
    </message>
    <message>
        <source>Bulk decision cancelled: nothing changed.</source>
        <translation>Decisión en bloque cancelada: no se cambió nada.</translation>
    </message>
    <message>
        <source>%1 decisions changed; %2</source>
        <translation>%1 decisiones cambiadas; %2</translation>
    </message>
    <message>
        <source>Alt+1</source>
        <translation>Alt+1</translation>
    </message>
    <message>
        <source>Alt+2</source>
        <translation>Alt+2</translation>
    </message>
    <message>
        <source>Alt+3</source>
        <translation>Alt+3</translation>
    </message>
    <message>
        <source>Flag for &amp;Discussion</source>
        <translation>Marcar para &amp;debatir</translation>
    </message>
    <message>
        <source>Flag as &amp;Bad Text</source>
        <translation>Marcar como texto &amp;defectuoso</translation>
    </message>
    <message>
        <source>Flag as Schema &amp;Gap</source>
        <translation>Marcar como &amp;hueco del esquema</translation>
    </message>
    <message>
        <source>Co&amp;mment on Sample</source>
        <translation>Co&amp;mentar la muestra</translation>
    </message>
    <message>
        <source>Alt+C</source>
        <translation>Alt+C</translation>
    </message>
    <message>
        <source>Flag %1 set on %2 samples.</source>
        <translation>Marca %1 puesta en %2 muestras.</translation>
    </message>
    <message>
        <source>Flag %1 taken off %2 samples.</source>
        <translation>Marca %1 quitada de %2 muestras.</translation>
    </message>
    <message>
        <source>The sample is still loading: nothing was flagged.</source>
        <translation>La muestra aún se está cargando: no se marcó nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) you labelled %1 that the %2 labelled %3.</source>
        <translation>
            <numerusform>%n muestra que usted etiquetó como %1 y que el %2 etiquetó como %3.</numerusform>
            <numerusform>%n muestras que usted etiquetó como %1 y que el %2 etiquetó como %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample is still loading: nothing was decided.</source>
        <translation>La muestra aún se está cargando: no se decidió nada.</translation>
    </message>
</context>
<context>
    <name>candist::ProjectDocument</name>
    <message>
        <source>Label sample as %1</source>
        <translation>Etiquetar la muestra como %1</translation>
    </message>
    <message>
        <source>Skip sample</source>
        <translation>Omitir muestra</translation>
    </message>
    <message>
        <source>Clear decision</source>
        <translation>Borrar decisión</translation>
    </message>
    <message numerus="yes">
        <source>Accept the student&apos;s label for %n sample(s)</source>
        <translation>
            <numerusform>Aceptar la etiqueta del estudiante para %n muestra</numerusform>
            <numerusform>Aceptar la etiqueta del estudiante para %n muestras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept the teacher&apos;s first candidate for %n sample(s)</source>
        <translation>
            <numerusform>Aceptar el primer candidato del profesor para %n muestra</numerusform>
            <numerusform>Aceptar el primer candidato del profesor para %n muestras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear the decisions of %n sample(s)</source>
        <translation>
            <numerusform>Borrar la decisión de %n muestra</numerusform>
            <numerusform>Borrar las decisiones de %n muestras</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove comment</source>
        <translation>Quitar comentario</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>Editar comentario</translation>
    </message>
    <message>
        <source>Flag sample: %1</source>
        <translation>Marcar muestra: %1</translation>
    </message>
    <message>
        <source>Unflag sample: %1</source>
        <translation>Desmarcar muestra: %1</translation>
    </message>
    <message>
        <source>Change flags</source>
        <translation>Cambiar marcas</translation>
    </message>
    <message numerus="yes">
        <source>Flag %n sample(s): %1</source>
        <translation>
            <numerusform>Marcar %n muestra: %1</numerusform>
            <numerusform>Marcar %n muestras: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unflag %n sample(s): %1</source>
        <translation>
            <numerusform>Desmarcar %n muestra: %1</numerusform>
            <numerusform>Desmarcar %n muestras: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candist::ReviewView</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Position in the review queue</source>
        <translation>Posición en la cola de revisión</translation>
    </message>
    <message>
        <source>Why review this sample</source>
        <translation>Por qué revisar esta muestra</translation>
    </message>
    <message>
        <source>Teacher&apos;s candidates, in the teacher&apos;s order:</source>
        <translation>Candidatos del profesor, en el orden del profesor:</translation>
    </message>
    <message>
        <source>Student&apos;s probability for every label (click or press the key to decide):</source>
        <translation>Probabilidad del estudiante para cada etiqueta (haga clic o pulse la tecla para decidir):</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation>Progreso de la revisión</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Ranking weights</source>
        <translation>Pesos de la clasificación</translation>
    </message>
    <message>
        <source>Disagreement weight</source>
        <translation>Peso del desacuerdo</translation>
    </message>
    <message>
        <source>Margin weight</source>
        <translation>Peso del margen</translation>
    </message>
    <message>
        <source>Entropy weight</source>
        <translation>Peso de la entropía</translation>
    </message>
    <message>
        <source>&amp;Disagreement</source>
        <translation>&amp;Desacuerdo</translation>
    </message>
    <message>
        <source>&amp;Margin</source>
        <translation>&amp;Margen</translation>
    </message>
    <message>
        <source>&amp;Entropy</source>
        <translation>&amp;Entropía</translation>
    </message>
    <message>
        <source>Apply and Re-rank</source>
        <translation>Aplicar y reordenar</translation>
    </message>
    <message>
        <source>Re-distil Now</source>
        <translation>Volver a destilar ahora</translation>
    </message>
    <message>
        <source>Train the student again with your labels as singleton candidate sets, then re-rank the queue</source>
        <translation>Entrenar de nuevo al estudiante con sus etiquetas como conjuntos de candidatos de un solo elemento y reordenar la cola</translation>
    </message>
    <message>
        <source>Re-distil now</source>
        <translation>Volver a destilar ahora</translation>
    </message>
    <message>
        <source>Ranking the samples…</source>
        <translation>Ordenando las muestras…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; resolved · &lt;b&gt;%2&lt;/b&gt; remaining in the queue</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; resueltas · &lt;b&gt;%2&lt;/b&gt; pendientes en la cola</translation>
    </message>
    <message>
        <source>&lt;br&gt;pace %1 samples/min</source>
        <translation>&lt;br&gt;ritmo: %1 muestras/min</translation>
    </message>
    <message>
        <source>&lt;br&gt;about %1 left at this pace</source>
        <translation>&lt;br&gt;quedan unos %1 a este ritmo</translation>
    </message>
    <message>
        <source>&lt;br&gt;pace: shown after your first decisions</source>
        <translation>&lt;br&gt;ritmo: se muestra tras sus primeras decisiones</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Ningún proyecto abierto</translation>
    </message>
    <message>
        <source>Ranking…</source>
        <translation>Ordenando…</translation>
    </message>
    <message>
        <source>The review queue is done</source>
        <translation>La cola de revisión está terminada</translation>
    </message>
    <message>
        <source>No sample is waiting for a human. Re-distil to apply your labels, or change the ranking weights.</source>
        <translation>Ninguna muestra espera a una persona. Vuelva a destilar para aplicar sus etiquetas o cambie los pesos de la clasificación.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Sample %1</source>
        <translation>Muestra %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Por qué: %1</translation>
    </message>
    <message>
        <source>The teacher gave no usable candidates.</source>
        <translation>El profesor no dio candidatos utilizables.</translation>
    </message>
    <message>
        <source>%1. %2  [%3]</source>
        <translation>%1. %2  [%3]</translation>
    </message>
    <message>
        <source>Teacher candidate %1: label as %2</source>
        <translation>Candidato %1 del profesor: etiquetar como %2</translation>
    </message>
    <message>
        <source>No student output yet: run Distil to get suggestions.</source>
        <translation>Aún no hay salida del estudiante: ejecute Destilar para obtener sugerencias.</translation>
    </message>
</context>
<context>
    <name>candist::SampleDecisionView</name>
    <message>
        <source>You skipped this sample (unsure).</source>
        <translation>Omitió esta muestra (no estaba seguro).</translation>
    </message>
    <message>
        <source>You labelled this sample %1.</source>
        <translation>Etiquetó esta muestra como %1.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>candist::SampleDetail</name>
    <message>
        <source>Sample %1 no longer exists in %2</source>
        <translation>La muestra %1 ya no existe en %2</translation>
    </message>
</context>
<context>
    <name>candist::SampleQuery</name>
    <message>
        <source>%1: cannot order the samples: %2</source>
        <translation>%1: no se pueden ordenar las muestras: %2</translation>
    </message>
</context>
<context>
    <name>candist::SampleTableModel</name>
    <message>
        <source>human</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>student</source>
        <translation>estudiante</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>profesor</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>(unreadable answer)</source>
        <translation>(respuesta ilegible)</translation>
    </message>
    <message>
        <source>confidence %1, margin %2, entropy %3</source>
        <translation>confianza %1, margen %2, entropía %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>overruled</source>
        <translation>contradicha</translation>
    </message>
    <message>
        <source>out of set</source>
        <translation>fuera del conjunto</translation>
    </message>
    <message>
        <source>parse failure</source>
        <translation>fallo de análisis</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Teacher candidates</source>
        <translation>Candidatos del profesor</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Final label</source>
        <translation>Etiqueta final</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>The labels the teacher offered, most likely first (sorts by set size)</source>
        <translation>Las etiquetas que ofreció el profesor, la más probable primero (ordena por tamaño del conjunto)</translation>
    </message>
    <message>
        <source>The student&apos;s probability for its own label</source>
        <translation>La probabilidad que el estudiante da a su propia etiqueta</translation>
    </message>
    <message>
        <source>The label the sample leaves with: human beats student beats teacher</source>
        <translation>La etiqueta con la que se queda la muestra: la persona prevalece sobre el estudiante, y este sobre el profesor</translation>
    </message>
    <message>
        <source>Your flags (discuss, bad text, schema gap) and comment, which the column sorts by; then out of set: the student chose a label outside the candidates; overruled: ...with high confidence; parse failure: unreadable teacher answer</source>
        <translation>Tus marcas (debatir, texto defectuoso, hueco del esquema) y comentario, por los que ordena la columna; después fuera del conjunto: el estudiante eligió una etiqueta fuera de los candidatos; invalidado: ...con alta confianza; fallo de análisis: respuesta ilegible del profesor</translation>
    </message>
</context>
<context>
    <name>candist::ScreenshotRunner</name>
    <message>
        <source>the project did not finish loading within two minutes</source>
        <translation>el proyecto no terminó de cargarse en dos minutos</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>candist::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Base URL of an OpenAI-compatible chat completions API</source>
        <translation>URL base de una API de chat completions compatible con OpenAI</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>Variable de entorno</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>Llavero del sistema</translation>
    </message>
    <message>
        <source>CA_add: answer, plus alternatives when unsure</source>
        <translation>CA_add: respuesta, más alternativas si hay dudas</translation>
    </message>
    <message>
        <source>CA_all: every possible label</source>
        <translation>CA_all: todas las etiquetas posibles</translation>
    </message>
    <message>
        <source>SA: exactly one label</source>
        <translation>SA: exactamente una etiqueta</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpoint:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>&amp;Input price per 1M tokens:</source>
        <translation>Precio de e&amp;ntrada por 1M de tokens:</translation>
    </message>
    <message>
        <source>&amp;Output price per 1M tokens:</source>
        <translation>Precio de sa&amp;lida por 1M de tokens:</translation>
    </message>
    <message>
        <source>API &amp;key from:</source>
        <translation>Clave de &amp;API desde:</translation>
    </message>
    <message>
        <source>&amp;Variable name:</source>
        <translation>Nombre de la &amp;variable:</translation>
    </message>
    <message>
        <source>Keychain &amp;service:</source>
        <translation>&amp;Servicio del llavero:</translation>
    </message>
    <message>
        <source>&amp;Concurrent requests:</source>
        <translation>Solicitudes &amp;concurrentes:</translation>
    </message>
    <message>
        <source>Default &amp;strategy:</source>
        <translation>Es&amp;trategia predeterminada:</translation>
    </message>
    <message>
        <source>&amp;Teacher</source>
        <translation>&amp;Profesor</translation>
    </message>
    <message>
        <source>All %1 cores</source>
        <translation>Todos los %1 núcleos</translation>
    </message>
    <message>
        <source>Training &amp;threads:</source>
        <translation>&amp;Hilos de entrenamiento:</translation>
    </message>
    <message>
        <source>Default &amp;epochs:</source>
        <translation>Épocas pre&amp;determinadas:</translation>
    </message>
    <message>
        <source>Default s&amp;eed:</source>
        <translation>S&amp;emilla predeterminada:</translation>
    </message>
    <message>
        <source>S&amp;tudent</source>
        <translation>Est&amp;udiante</translation>
    </message>
    <message>
        <source>The variable is set in this session.</source>
        <translation>La variable está definida en esta sesión.</translation>
    </message>
    <message>
        <source>The variable is not set in this session.</source>
        <translation>La variable no está definida en esta sesión.</translation>
    </message>
    <message>
        <source>The key is read from the keychain entry &quot;%1&quot; when a run starts.</source>
        <translation>La clave se lee de la entrada del llavero &quot;%1&quot; al iniciar una ejecución.</translation>
    </message>
    <message>
        <source>The language changes the next time the workbench starts. &quot;System default&quot; follows the language of your desktop (%1).</source>
        <translation>El idioma cambia la próxima vez que se inicie el programa. &quot;Predeterminado del sistema&quot; sigue el idioma de su escritorio (%1).</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Interface</source>
        <translation>Inter&amp;faz</translation>
    </message>
    <message>
        <source>paste a key to store it in the system keychain</source>
        <translation>pegue una clave para guardarla en el llavero del sistema</translation>
    </message>
    <message>
        <source>API key to store in the keychain</source>
        <translation>Clave de API que se guardará en el llavero</translation>
    </message>
    <message>
        <source>Store in &amp;Keychain</source>
        <translation>&amp;Guardar en el llavero</translation>
    </message>
    <message>
        <source>Store API key:</source>
        <translation>Guardar la clave de API:</translation>
    </message>
    <message>
        <source>The key is stored in the system keychain as &quot;%1&quot;.</source>
        <translation>La clave está guardada en el llavero del sistema como &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&amp;Word vectors:</source>
        <translation>&amp;Vectores de palabras:</translation>
    </message>
    <message>
        <source>System (follows the desktop)</source>
        <translation>Sistema (sigue al escritorio)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Colour scheme:</source>
        <translation>&amp;Esquema de colores:</translation>
    </message>
</context>
<context>
    <name>candist::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Action, key or menu</source>
        <translation>Acción, tecla o menú</translation>
    </message>
    <message>
        <source>Search the shortcuts</source>
        <translation>Buscar en los atajos</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
</context>
<context>
    <name>candist::SpotCheckView</name>
    <message>
        <source>Spot check</source>
        <translation>Control puntual</translation>
    </message>
    <message>
        <source>Position in the spot checks</source>
        <translation>Posición en los controles puntuales</translation>
    </message>
    <message>
        <source>Your label (click or press the key). The teacher&apos;s and the student&apos;s suggestions are hidden, so that they cannot anchor your answer.</source>
        <translation>Su etiqueta (haga clic o pulse la tecla). Las sugerencias del profesor y del estudiante están ocultas para que no condicionen su respuesta.</translation>
    </message>
    <message>
        <source>Draw spot checks</source>
        <translation>Extraer controles puntuales</translation>
    </message>
    <message>
        <source>This project has no spot checks yet. A spot check is a uniform random sample of the samples without a human label: labelled blind, it tells how many of the exported labels are right, with a confidence interval.</source>
        <translation>Este proyecto aún no tiene controles puntuales. Un control puntual es una muestra aleatoria uniforme de las muestras sin etiqueta humana: etiquetada a ciegas, indica cuántas de las etiquetas exportadas son correctas, con un intervalo de confianza.</translation>
    </message>
    <message>
        <source>&amp;Samples to draw:</source>
        <translation>&amp;Muestras a extraer:</translation>
    </message>
    <message>
        <source>Samples to draw</source>
        <translation>Muestras a extraer</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation>&amp;Extraer</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Spot-check progress</source>
        <translation>Progreso del control puntual</translation>
    </message>
    <message>
        <source>Label quality estimate</source>
        <translation>Estimación de la calidad de las etiquetas</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Reading the spot checks…</source>
        <translation>Leyendo los controles puntuales…</translation>
    </message>
    <message numerus="yes">
        <source>Drawing %n spot check(s)…</source>
        <translation>
            <numerusform>Extrayendo %n control puntual…</numerusform>
            <numerusform>Extrayendo %n controles puntuales…</numerusform>
        </translation>
    </message>
    <message>
        <source>The estimate of the exported labels appears after the first answer.</source>
        <translation>La estimación de las etiquetas exportadas aparece tras la primera respuesta.</translation>
    </message>
    <message>
        <source>final labels ≈ %1 % correct (95 % CI %2–%3 %, %4), about %5 wrong labels expected in the export</source>
        <translation>etiquetas finales ≈ %1 % correctas (IC 95 % %2–%3 %, %4), unas %5 etiquetas erróneas esperadas en la exportación</translation>
    </message>
    <message>
        <source>prediction-powered, the narrower interval</source>
        <translation>inferencia asistida por predicciones, el intervalo más estrecho</translation>
    </message>
    <message>
        <source>Wilson interval</source>
        <translation>intervalo de Wilson</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; answered · &lt;b&gt;%2&lt;/b&gt; to go</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; respondidas · &lt;b&gt;%2&lt;/b&gt; pendientes</translation>
    </message>
    <message>
        <source>&lt;br&gt;pace %1 samples/min</source>
        <translation>&lt;br&gt;ritmo: %1 muestras/min</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Ningún proyecto abierto</translation>
    </message>
    <message>
        <source>No spot checks yet</source>
        <translation>Aún no hay controles puntuales</translation>
    </message>
    <message>
        <source>Every spot check is answered</source>
        <translation>Todos los controles puntuales están respondidos</translation>
    </message>
    <message>
        <source>Draw more spot checks from the command line (candist-cli spot-check) to narrow the interval.</source>
        <translation>Extraiga más controles puntuales desde la línea de órdenes (candist-cli spot-check) para estrechar el intervalo.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Spot check: sample %1</source>
        <translation>Control puntual: muestra %1</translation>
    </message>
</context>
<context>
    <name>candist::TeacherActions</name>
    <message>
        <source>Run &amp;Teacher…</source>
        <translation>Ejecutar &amp;profesor…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Ask the teacher LLM for candidate labels of every pending sample</source>
        <translation>Pedir al LLM profesor etiquetas candidatas para cada muestra pendiente</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Profesor</translation>
    </message>
</context>
<context>
    <name>candist::TeacherDialog</name>
    <message>
        <source>Run Teacher</source>
        <translation>Ejecutar profesor</translation>
    </message>
    <message>
        <source>CA_all: every possible label</source>
        <translation>CA_all: todas las etiquetas posibles</translation>
    </message>
    <message>
        <source>CA_add: answer, plus alternatives when unsure</source>
        <translation>CA_add: respuesta, más alternativas si hay dudas</translation>
    </message>
    <message>
        <source>SA: exactly one label</source>
        <translation>SA: exactamente una etiqueta</translation>
    </message>
    <message>
        <source>Select: one label out of the earlier candidates</source>
        <translation>Select: una etiqueta entre los candidatos anteriores</translation>
    </message>
    <message>
        <source>Self-consistency: answers per sample; votes become the teacher&apos;s confidence</source>
        <translation>Autoconsistencia: respuestas por muestra; los votos se convierten en la confianza del profesor</translation>
    </message>
    <message>
        <source>all pending samples</source>
        <translation>todas las muestras pendientes</translation>
    </message>
    <message>
        <source>The environment variable that holds the API key; when it is unset the system keychain is asked. The key is never stored.</source>
        <translation>La variable de entorno que contiene la clave de API; si no está definida, se consulta el llavero del sistema. La clave nunca se guarda.</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpoint:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>E&amp;strategia:</translation>
    </message>
    <message>
        <source>&amp;Concurrent requests:</source>
        <translation>Solicitudes &amp;concurrentes:</translation>
    </message>
    <message>
        <source>Few-shot &amp;demonstrations:</source>
        <translation>&amp;Demostraciones few-shot:</translation>
    </message>
    <message>
        <source>Answers per sample (&amp;K):</source>
        <translation>Respuestas por muestra (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatura:</translation>
    </message>
    <message>
        <source>&amp;Input price per 1M tokens:</source>
        <translation>Precio de e&amp;ntrada por 1M de tokens:</translation>
    </message>
    <message>
        <source>&amp;Output price per 1M tokens:</source>
        <translation>Precio de sa&amp;lida por 1M de tokens:</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Límite:</translation>
    </message>
    <message>
        <source>API &amp;key variable:</source>
        <translation>Variable de la &amp;clave de API:</translation>
    </message>
    <message>
        <source>Dry-run estimate</source>
        <translation>Estimación de prueba</translation>
    </message>
    <message>
        <source>Estimate shows the requests, tokens and cost before anything is sent.</source>
        <translation>Estimar muestra las solicitudes, los tokens y el coste antes de enviar nada.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;jecutar</translation>
    </message>
    <message>
        <source>E&amp;stimate</source>
        <translation>E&amp;stimar</translation>
    </message>
    <message>
        <source>Estimating…</source>
        <translation>Estimando…</translation>
    </message>
</context>
<context>
    <name>candist::TranslationLoader</name>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
</context>
<context>
    <name>candist::WordVectorPicker</name>
    <message>
        <source>Installed (GloVe 6B, 100 dimensions)</source>
        <translation>Instalados (GloVe 6B, 100 dimensiones)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Archivo…</translation>
    </message>
    <message>
        <source>Pretrained word vectors tell the student that words such as &quot;physician&quot; and &quot;doctor&quot; mean alike; they lift accuracy most on small pools and many labels</source>
        <translation>Los vectores de palabras preentrenados le dicen al estudiante que palabras como &quot;médico&quot; y &quot;doctor&quot; significan lo mismo; mejoran la precisión sobre todo con conjuntos pequeños y muchas etiquetas</translation>
    </message>
    <message>
        <source>A .cdv file (scripts/convert_word_vectors.py)</source>
        <translation>Un archivo .cdv (scripts/convert_word_vectors.py)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Word Vectors</source>
        <translation>Vectores de palabras</translation>
    </message>
    <message>
        <source>CanDist word vectors (*.cdv);;All files (*)</source>
        <translation>Vectores de palabras de CanDist (*.cdv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Installed at %1</source>
        <translation>Instalados en %1</translation>
    </message>
    <message>
        <source>Not installed: the student trains without them. Run scripts/install_word_vectors to install them.</source>
        <translation>No instalados: el estudiante se entrena sin ellos. Ejecute scripts/install_word_vectors para instalarlos.</translation>
    </message>
    <message>
        <source>The student learns every word from the pool alone.</source>
        <translation>El estudiante aprende cada palabra solo a partir del conjunto.</translation>
    </message>
    <message>
        <source>No such file: the run will refuse to start.</source>
        <translation>No existe el archivo: la ejecución se negará a empezar.</translation>
    </message>
</context>
<context>
    <name>candist::labelName</name>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CanDist Workbench: LLM-driven data annotation</source>
        <translation>CanDist Workbench: anotación de datos con LLM</translation>
    </message>
    <message>
        <source>Render the window after loading PROJECT into OUT.png and exit.</source>
        <translation>Dibuja la ventana tras cargar PROYECTO en OUT.png y sale.</translation>
    </message>
    <message>
        <source>The .candist project to open.</source>
        <translation>El proyecto .candist que se abrirá.</translation>
    </message>
    <message>
        <source>candist: expected at most one PROJECT, got %1
</source>
        <translation>candist: se esperaba como mucho un PROYECTO, se recibieron %1
</translation>
    </message>
    <message>
        <source>candist: --screenshot needs a PROJECT
</source>
        <translation>candist: --screenshot necesita un PROYECTO
</translation>
    </message>
    <message>
        <source>candist: --view only applies with --screenshot
</source>
        <translation>candist: --view solo se aplica con --screenshot
</translation>
    </message>
    <message>
        <source>With --screenshot: table, detail, curves, review or agreement.</source>
        <translation>Con --screenshot: table, detail, curves, review o agreement.</translation>
    </message>
    <message>
        <source>candist: --view expects table, detail, curves, review or agreement, got &quot;%1&quot;
</source>
        <translation>candist: --view espera table, detail, curves, review o agreement, se recibió &quot;%1&quot;
</translation>
    </message>
</context>
</TS>
