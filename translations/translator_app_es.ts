<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Releases</source>
        <extracomment>Object name → accessible name of widgets known by their attribute on the window.</extracomment>
        <translation>Comunicados</translation>
    </message>
    <message>
        <source>Search releases</source>
        <translation>Buscar comunicados</translation>
    </message>
    <message>
        <source>Filters the releases by title or language</source>
        <translation>Filtra los comunicados por título o idioma</translation>
    </message>
    <message>
        <source>Title, languages, progress and last change of each release</source>
        <translation>Título, idiomas, progreso y último cambio de cada comunicado</translation>
    </message>
    <message>
        <source>Segment details</source>
        <translation>Detalles del segmento</translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>Buscar y reemplazar</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Descartar el aviso</translation>
    </message>
</context>
<context>
    <name>AppearanceFields</name>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Tamaño del sistema</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>Tamaño del texto:</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Comments</source>
        <extracomment>(text, thread root id or None for a new thread) (thread root id, resolved)</extracomment>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Comment threads</source>
        <translation>Hilos de comentarios</translation>
    </message>
    <message>
        <source>No comments on this segment.</source>
        <translation>No hay comentarios en este segmento.</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Nuevo comentario</translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <translation>Escriba un comentario…</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentar</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>{author} · {when}</source>
        <translation>{author} · {when}</translation>
    </message>
    <message>
        <source>rejection</source>
        <translation>rechazo</translation>
    </message>
    <message>
        <source>QA override</source>
        <translation>excepción de QA</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelto</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
</context>
<context>
    <name>ConcordancePanel</name>
    <message>
        <source>Concordance</source>
        <translation>Concordancia</translation>
    </message>
    <message>
        <source>Phrase to search in the memory</source>
        <translation>Frase que buscar en la memoria</translation>
    </message>
    <message>
        <source>Search the memory (Ctrl+K)…</source>
        <translation>Buscar en la memoria (Ctrl+K)…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Concordance results</source>
        <translation>Resultados de la concordancia</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>“{phrase}” is not in the memory.</source>
        <translation>«{phrase}» no está en la memoria.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) with “{phrase}”</source>
        <translation>
            <numerusform>%n unidad con «{phrase}»</numerusform>
            <numerusform>%n unidades con «{phrase}»</numerusform>
        </translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <source>Editing conflict</source>
        <translation>Conflicto de edición</translation>
    </message>
    <message>
        <source>Use my text</source>
        <translation>Usar mi texto</translation>
    </message>
    <message>
        <source>Save your text over the version now stored</source>
        <translation>Guardar su texto sobre la versión ahora almacenada</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Conservar la otra versión</translation>
    </message>
    <message>
        <source>Drop your text and keep the stored version</source>
        <translation>Descartar su texto y conservar la versión almacenada</translation>
    </message>
    <message>
        <source>&lt;b&gt;Segment {n} was changed by {user} while you were working on it.&lt;/b&gt; Your text was not saved.</source>
        <translation>&lt;b&gt;{user} modificó el segmento {n} mientras usted trabajaba en él.&lt;/b&gt; Su texto no se guardó.</translation>
    </message>
    <message>
        <source>Stored now: “{text}”</source>
        <translation>Versión almacenada: «{text}»</translation>
    </message>
    <message>
        <source>Your text: “{text}”</source>
        <translation>Su texto: «{text}»</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>EditingSession</name>
    <message>
        <source>Back to the text the segment had when you opened it; Ctrl+Z brings yours back.</source>
        <translation>Se ha vuelto al texto que tenía el segmento al abrirlo; Ctrl+Z recupera el suyo.</translation>
    </message>
    <message>
        <source>Confirm segment {n}</source>
        <translation>Confirmar el segmento {n}</translation>
    </message>
    <message>
        <source>Edit segment {n}</source>
        <translation>Editar el segmento {n}</translation>
    </message>
    <message numerus="yes">
        <source>Segment {n} confirmed; %n repetition(s) filled as drafts (segments {rows}). Ctrl+Z takes them back with it.</source>
        <translation>
            <numerusform>Segmento {n} confirmado;&#xa0;%n repetición rellenada como borrador (segmentos {rows}). Ctrl+Z la deshace con él.</numerusform>
            <numerusform>Segmento {n} confirmado;&#xa0;%n repeticiones rellenadas como borradores (segmentos {rows}). Ctrl+Z las deshace con él.</numerusform>
        </translation>
    </message>
    <message>
        <source>No more segments to do in this view.</source>
        <translation>No quedan segmentos pendientes en esta vista.</translation>
    </message>
    <message>
        <source>No tag of the source is missing from the target.</source>
        <translation>No falta ninguna etiqueta del origen en el destino.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>the file is empty</source>
        <extracomment>Called by this name with a literal context and text, so that ``lupdate`` finds every sentence.</extracomment>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>this is not a text document</source>
        <translation>no es un documento de texto</translation>
    </message>
    <message>
        <source>this file format is not supported (use text, Markdown, HTML or Word)</source>
        <translation>este formato de archivo no es compatible (use texto, Markdown, HTML o Word)</translation>
    </message>
    <message>
        <source>the document is damaged and cannot be read</source>
        <translation>el documento está dañado y no se puede leer</translation>
    </message>
    <message>
        <source>the document contains XML entity declarations, refused for safety</source>
        <translation>el documento contiene declaraciones de entidades XML, rechazadas por seguridad</translation>
    </message>
    <message>
        <source>not a language code (use fr, en, es, en-GB…)</source>
        <translation>no es un código de idioma (use fr, en, es, en-GB…)</translation>
    </message>
    <message>
        <source>the source and target languages are the same</source>
        <translation>los idiomas de origen y destino son iguales</translation>
    </message>
    <message>
        <source>the input cannot be used</source>
        <translation>los datos proporcionados no se pueden usar</translation>
    </message>
    <message>
        <source>The server signed you in as {login}, not {claimed}: leave the user name out, or connect as {claimed}.</source>
        <translation>El servidor le ha identificado como {login}, no {claimed}: no indique el nombre de usuario, o conéctese como {claimed}.</translation>
    </message>
    <message>
        <source>{login} is a {team_role} on this server, not a {claimed}: an admin changes roles with “translator-app admin set-role”.</source>
        <translation>{login} tiene el rol {team_role} en este servidor, no {claimed}: un administrador cambia los roles con «translator-app admin set-role».</translation>
    </message>
    <message>
        <source>{login} is not a member of any Release Translator group on {url}: ask an admin to add you.</source>
        <translation>{login} no pertenece a ningún grupo de Release Translator en {url}: pida a un administrador que le añada.</translation>
    </message>
    <message>
        <source>The database {url} is not set up for Release Translator: its owner runs “translator-app admin init” once.</source>
        <translation>La base de datos {url} no está preparada para Release Translator: su propietario ejecuta una vez «translator-app admin init».</translation>
    </message>
    <message>
        <source>The database {url} is at schema {found} and this version of the app needs {needed}: the database owner runs “translator-app admin init” to upgrade it.</source>
        <translation>La base de datos {url} está en el esquema {found} y esta versión de la aplicación necesita el {needed}: el propietario de la base ejecuta «translator-app admin init» para actualizarla.</translation>
    </message>
    <message>
        <source>The team server refused this: {reason}</source>
        <translation>El servidor del equipo lo ha rechazado: {reason}</translation>
    </message>
    <message>
        <source>Only the owner of the database ({owner}) sets it up and upgrades it; you are {login}.</source>
        <translation>Solo el propietario de la base de datos ({owner}) la prepara y la actualiza; usted es {login}.</translation>
    </message>
    <message>
        <source>{what} needs a PostgreSQL team database, not {url}.</source>
        <translation>{what} necesita una base de datos de equipo PostgreSQL, no {url}.</translation>
    </message>
    <message>
        <source>Not a usable user name: {name} (lower-case letters, digits, “.”, “_” and “-”, starting with a letter, at most 63 characters).</source>
        <translation>Nombre de usuario no válido: {name} (minúsculas, cifras, «.», «_» y «-», empezando por una letra, 63 caracteres como máximo).</translation>
    </message>
    <message>
        <source>No password was given for {login} on {url}: the workspace was not opened.</source>
        <translation>No se dio ninguna contraseña para {login} en {url}: el espacio de trabajo no se abrió.</translation>
    </message>
    <message>
        <source>translator</source>
        <translation>traductor</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>revisor</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Error inesperado: {error}</translation>
    </message>
    <message>
        <source>Only a reviewer can approve or reject segments.</source>
        <translation>Solo un revisor puede aprobar o rechazar segmentos.</translation>
    </message>
    <message>
        <source>A rejection needs a comment that says what to fix.</source>
        <translation>Un rechazo necesita un comentario que indique qué corregir.</translation>
    </message>
    <message>
        <source>This segment cannot take that step from its current status.</source>
        <translation>Este segmento no puede pasar a ese paso desde su estado actual.</translation>
    </message>
    <message>
        <source>An empty target cannot be confirmed.</source>
        <translation>No se puede confirmar un destino vacío.</translation>
    </message>
    <message>
        <source>This segment is marked not to be translated.</source>
        <translation>Este segmento está marcado para no traducirse.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>otra persona</translation>
    </message>
    <message>
        <source>Not found (it may have been deleted).</source>
        <translation>No encontrado (puede que se haya eliminado).</translation>
    </message>
    <message>
        <source>Segments not approved yet ({count}): {numbers}. Tick “Export unapproved segments” to export anyway.</source>
        <translation>Segmentos aún sin aprobar ({count}): {numbers}. Marque «Exportar los segmentos sin aprobar» para exportar de todos modos.</translation>
    </message>
    <message>
        <source>The operation was refused ({code}).</source>
        <translation>Se rechazó la operación ({code}).</translation>
    </message>
    <message>
        <source>the file is too large ({size} bytes; the limit is {limit})</source>
        <translation>el archivo es demasiado grande ({size} bytes; el límite es {limit})</translation>
    </message>
    <message>
        <source>the file would make more than {limit} segments, the most a release may have</source>
        <translation>el archivo daría más de {limit} segmentos, el máximo para un comunicado</translation>
    </message>
    <message>
        <source>the file has more than {limit} lines of text, each at least one segment</source>
        <translation>el archivo tiene más de {limit} líneas de texto, cada una al menos un segmento</translation>
    </message>
    <message>
        <source>the table starting on line {line} has more than {limit} cells</source>
        <translation>la tabla que empieza en la línea {line} tiene más de {limit} celdas</translation>
    </message>
    <message>
        <source>the document has more markup than can be read safely (near line {line})</source>
        <translation>el documento tiene más marcado del que se puede leer con seguridad (cerca de la línea {line})</translation>
    </message>
    <message>
        <source>the document has more markup than can be read safely</source>
        <translation>el documento tiene más marcado del que se puede leer con seguridad</translation>
    </message>
    <message>
        <source>lists or quotes are nested more than {limit} levels deep</source>
        <translation>hay listas o citas anidadas en más de {limit} niveles</translation>
    </message>
    <message>
        <source>the file holds no text to translate (only code, markup or images)</source>
        <translation>el archivo no contiene texto que traducir (solo código, marcado o imágenes)</translation>
    </message>
    <message>
        <source>the file is not valid {encoding}</source>
        <translation>el archivo no es {encoding} válido</translation>
    </message>
    <message>
        <source>the file is UTF-8 but damaged on line {line}; repair it or save it again as UTF-8</source>
        <translation>el archivo está en UTF-8 pero dañado en la línea {line}; repárelo o vuelva a guardarlo en UTF-8</translation>
    </message>
    <message>
        <source>the text encoding cannot be recognised; save the file as UTF-8 and import it again</source>
        <translation>no se reconoce la codificación del texto; guarde el archivo en UTF-8 e impórtelo de nuevo</translation>
    </message>
    <message>
        <source>the encoding {encoding} is not supported; save the file as UTF-8</source>
        <translation>la codificación {encoding} no es compatible; guarde el archivo en UTF-8</translation>
    </message>
    <message>
        <source>a row of the CSV file cannot be read ({reason})</source>
        <translation>no se puede leer una fila del archivo CSV ({reason})</translation>
    </message>
    <message>
        <source>the memory holds no translation unit with text in two languages (missing xml:lang attributes?)</source>
        <translation>la memoria no contiene ninguna unidad de traducción con texto en dos idiomas (¿faltan atributos xml:lang?)</translation>
    </message>
    <message>
        <source>the glossary holds no entry with both a source and a target term</source>
        <translation>el glosario no contiene ninguna entrada con término de origen y de destino</translation>
    </message>
    <message>
        <source>a glossary term is longer than {limit} characters</source>
        <translation>un término del glosario tiene más de {limit} caracteres</translation>
    </message>
    <message>
        <source>a {release_format} release cannot be exported as {format}; choose one of: {choices}</source>
        <translation>un comunicado {release_format} no se puede exportar como {format}; elija uno de: {choices}</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>no se puede leer el archivo ({reason})</translation>
    </message>
    <message>
        <source>the release has no copy of its original document to rebuild it from</source>
        <translation>el comunicado no tiene copia de su documento original para reconstruirlo</translation>
    </message>
    <message>
        <source>the stored document no longer matches its segments; export to another format</source>
        <translation>el documento guardado ya no coincide con sus segmentos; exporte a otro formato</translation>
    </message>
    <message>
        <source>this is not a TMX file</source>
        <translation>no es un archivo TMX</translation>
    </message>
    <message>
        <source>this is not a TBX file</source>
        <translation>no es un archivo TBX</translation>
    </message>
    <message>
        <source>no entry in the file is in the language pair asked for (the file has: {found})</source>
        <translation>ninguna entrada del archivo está en el par de idiomas pedido (el archivo tiene: {found})</translation>
    </message>
    <message>
        <source>choose the language pair the glossary belongs to</source>
        <translation>elija el par de idiomas del glosario</translation>
    </message>
    <message>
        <source>a glossary entry needs both a source and a target term</source>
        <translation>una entrada del glosario necesita un término de origen y uno de destino</translation>
    </message>
    <message>
        <source>a memory unit needs both a source and a target</source>
        <translation>una unidad de la memoria necesita un origen y un destino</translation>
    </message>
    <message>
        <source>not a glossary file (use .tbx or .csv)</source>
        <translation>no es un archivo de glosario (use .tbx o .csv)</translation>
    </message>
    <message>
        <source>not a file exported by this app for a release of this workspace; nothing was merged</source>
        <translation>no es un archivo exportado por esta aplicación para un comunicado de este espacio de trabajo; no se ha fusionado nada</translation>
    </message>
    <message>
        <source>the source of segment {segment} no longer matches the release (updated since the export?); nothing was merged</source>
        <translation>el origen del segmento {segment} ya no coincide con el comunicado (¿actualizado desde la exportación?); no se ha fusionado nada</translation>
    </message>
    <message>
        <source>segment {segment} has a broken or unknown tag ({tag}); nothing was merged</source>
        <translation>el segmento {segment} tiene una etiqueta rota o desconocida ({tag}); no se ha fusionado nada</translation>
    </message>
    <message>
        <source>the numbers or sources of the review table were changed; nothing was merged</source>
        <translation>se han modificado los números o los orígenes de la tabla de revisión; no se ha fusionado nada</translation>
    </message>
    <message>
        <source>a review table in Word holds at most {limit} segments and this release has {count}: export XLIFF for another tool instead</source>
        <translation>una tabla de revisión en Word admite como máximo {limit} segmentos y este comunicado tiene {count}: exporte XLIFF para otra herramienta</translation>
    </message>
    <message>
        <source>segments {segments} still have tracked changes: accept or reject them in Word, or merge again taking them as they are; nothing was merged</source>
        <translation>los segmentos {segments} aún tienen control de cambios: acéptelos o recházelos en Word, o vuelva a fusionar tomándolos tal como están; no se ha fusionado nada</translation>
    </message>
    <message>
        <source>DeepL has no such model</source>
        <translation>DeepL no tiene ese modelo</translation>
    </message>
    <message>
        <source>not a formality DeepL knows</source>
        <translation>formalidad desconocida para DeepL</translation>
    </message>
    <message>
        <source>The segment was changed by {changed_by} since you opened it; nothing was saved.</source>
        <translation>{changed_by} ha modificado el segmento desde que lo abrió; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>The database {url} cannot be reached: {reason}</source>
        <translation>No se puede acceder a la base de datos {url}: {reason}</translation>
    </message>
    <message>
        <source>The database was written by a newer version of the app: update the app to open it.</source>
        <translation>La base de datos la escribió una versión más reciente de la aplicación: actualice la aplicación para abrirla.</translation>
    </message>
    <message>
        <source>Not a database address the app can use: {url}</source>
        <translation>No es una dirección de base de datos que la aplicación pueda usar: {url}</translation>
    </message>
    <message>
        <source>No DeepL key: add it in Preferences or set DEEPL_AUTH_KEY.</source>
        <translation>No hay clave de DeepL: añádala en Preferencias o defina DEEPL_AUTH_KEY.</translation>
    </message>
    <message>
        <source>DeepL refused the key: check it in Preferences.</source>
        <translation>DeepL rechazó la clave: revísela en Preferencias.</translation>
    </message>
    <message>
        <source>The DeepL quota of this period is used up.</source>
        <translation>La cuota de DeepL de este periodo está agotada.</translation>
    </message>
    <message>
        <source>DeepL is receiving too many requests: try again in a moment.</source>
        <translation>DeepL recibe demasiadas solicitudes: inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>DeepL had a server error: try again later.</source>
        <translation>DeepL tuvo un error de servidor: inténtelo más tarde.</translation>
    </message>
    <message>
        <source>DeepL cannot be reached: check the network connection or the proxy.</source>
        <translation>No se puede acceder a DeepL: compruebe la conexión de red o el proxy.</translation>
    </message>
    <message>
        <source>DeepL did not answer in {seconds} s: try again later.</source>
        <translation>DeepL no respondió en {seconds} s: inténtelo más tarde.</translation>
    </message>
    <message>
        <source>Stopped on request.</source>
        <translation>Detenido a petición.</translation>
    </message>
    <message>
        <source>DeepL no longer has this workspace&apos;s glossary, even after recreating it.</source>
        <translation>DeepL ya no tiene el glosario de este espacio de trabajo, incluso tras recrearlo.</translation>
    </message>
    <message>
        <source>The DeepL quota left is too short for this: nothing was sent.</source>
        <translation>La cuota de DeepL restante es insuficiente: no se ha enviado nada.</translation>
    </message>
    <message>
        <source>DeepL rejected the request: {reason}</source>
        <translation>DeepL rechazó la solicitud: {reason}</translation>
    </message>
    <message>
        <source>DeepL does not translate {language}.</source>
        <translation>DeepL no traduce {language}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason} (nothing was changed there).</source>
        <translation>No se puede escribir {path}: {reason} (no se ha cambiado nada allí).</translation>
    </message>
    <message>
        <source>The segment has QA errors: fix them, or approve it anyway with a reason.</source>
        <translation>El segmento tiene errores de control de calidad: corríjalos o apruébelo igualmente con un motivo.</translation>
    </message>
    <message>
        <source>Approving despite QA errors needs a reason, which is recorded.</source>
        <translation>Aprobar pese a errores de control de calidad requiere un motivo, que queda registrado.</translation>
    </message>
    <message>
        <source>The release cannot be signed off: segments not approved yet ({count}): {numbers}.</source>
        <translation>El comunicado no se puede validar: segmentos aún no aprobados ({count}): {numbers}.</translation>
    </message>
    <message>
        <source>The segment has no such earlier version.</source>
        <translation>El segmento no tiene esa versión anterior.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the translation</source>
        <extracomment>What each format&apos;s file is called after the title and the target language. Formats that carry every segment as it stands (not only the approved text).</extracomment>
        <translation>Exportar la traducción</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Text (.txt)</source>
        <translation>Texto (.txt)</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation>Página web (.html)</translation>
    </message>
    <message>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <source>Review report (.html, or .csv)</source>
        <translation>Informe de revisión (.html o .csv)</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Archivo que se escribirá</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Export unapproved segments (their current text)</source>
        <translation>Exportar los segmentos sin aprobar (su texto actual)</translation>
    </message>
    <message>
        <source>Keep text marked not to translate (menus)</source>
        <translation>Conservar el texto marcado para no traducir (menús)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>XLIFF 2.1, for another CAT tool (.xlf)</source>
        <translation>XLIFF 2.1, para otra herramienta TAO (.xlf)</translation>
    </message>
    <message>
        <source>XLIFF 1.2, for OmegaT, Trados or memoQ (.xlf)</source>
        <translation>XLIFF 1.2, para OmegaT, Trados o memoQ (.xlf)</translation>
    </message>
    <message>
        <source>Review table, for Word (.docx)</source>
        <translation>Tabla de revisión, para Word (.docx)</translation>
    </message>
    <message>
        <source>Segments not approved yet</source>
        <translation>Segmentos aún no aprobados</translation>
    </message>
    <message>
        <source>Show them in the grid</source>
        <translation>Mostrarlos en la cuadrícula</translation>
    </message>
    <message numerus="yes">
        <source>Not exported: %n segment(s) not approved yet. Approve them, or tick “Export unapproved segments” to export their current text.</source>
        <translation>
            <numerusform>No se ha exportado: %n segmento aún no aprobado. Apruébelo o marque «Exportar los segmentos sin aprobar» para exportar su texto actual.</numerusform>
            <numerusform>No se ha exportado: %n segmentos aún no aprobados. Apruébelos o marque «Exportar los segmentos sin aprobar» para exportar su texto actual.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportSummary</name>
    <message>
        <source>Review report written to {name} ({rows} segments).</source>
        <translation>Informe de revisión escrito en {name} ({rows} segmentos).</translation>
    </message>
    <message>
        <source>Signed off by {user} ({when}).</source>
        <translation>Validado por {user} ({when}).</translation>
    </message>
    <message>
        <source>Not signed off.</source>
        <translation>Sin validar.</translation>
    </message>
</context>
<context>
    <name>FileFlows</name>
    <message>
        <source>Open a press release</source>
        <translation>Abrir un comunicado de prensa</translation>
    </message>
    <message>
        <source>Releases (*.txt *.md *.markdown *.html *.htm *.docx);;All files (*)</source>
        <translation>Comunicados (*.txt *.md *.markdown *.html *.htm *.docx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Splitting into segments…</source>
        <translation>Dividiendo en segmentos…</translation>
    </message>
    <message>
        <source>Saving the release…</source>
        <translation>Guardando el comunicado…</translation>
    </message>
    <message>
        <source>Release imported.</source>
        <translation>Comunicado importado.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was stored.</source>
        <translation>Importación cancelada: no se guardó nada.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Error en la importación</translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>Exportando a {name}…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n segment(s).</source>
        <translation>
            <numerusform>%n segmento exportado.</numerusform>
            <numerusform>%n segmentos exportados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them not approved yet.</source>
        <translation>
            <numerusform>%n de ellos aún no está aprobado.</numerusform>
            <numerusform>%n de ellos aún no están aprobados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error en la exportación</translation>
    </message>
    <message>
        <source>{name} is not UTF-8: it was read as {encoding}, the encoding its text reads best in. Check the segments for garbled letters.</source>
        <translation>{name} no está en UTF-8: se ha leído como {encoding}, la codificación en la que mejor se lee su texto. Compruebe que los segmentos no tengan letras ilegibles.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>To do (new, draft, rejected)</source>
        <translation>Pendientes (nuevo, borrador, rechazado)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Traducido</translation>
    </message>
    <message>
        <source>To review (translated, not approved)</source>
        <translation>Por revisar (traducido, sin aprobar)</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Not translatable</source>
        <translation>No traducible</translation>
    </message>
    <message>
        <source>All origins</source>
        <translation>Todas las procedencias</translation>
    </message>
    <message>
        <source>Human</source>
        <translation>Humana</translation>
    </message>
    <message>
        <source>Translation memory</source>
        <translation>Memoria de traducción</translation>
    </message>
    <message>
        <source>Machine translation</source>
        <translation>Traducción automática</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>No target yet</source>
        <translation>Aún sin destino</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Filter by origin</source>
        <translation>Filtrar por procedencia</translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation>Filtrar por texto</translation>
    </message>
    <message>
        <source>Filter source and target…</source>
        <translation>Filtrar el texto…</translation>
    </message>
    <message>
        <source>Show all segments</source>
        <translation>Mostrar todos los segmentos</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar los filtros</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>{shown} de {total} mostrados</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation>Aún no aprobados</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Buscar en</translation>
    </message>
    <message>
        <source>In target</source>
        <translation>En el destino</translation>
    </message>
    <message>
        <source>In source</source>
        <translation>En el origen</translation>
    </message>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Coincidir mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Palabra</translation>
    </message>
    <message>
        <source>Whole word</source>
        <translation>Palabra completa</translation>
    </message>
    <message>
        <source>.*</source>
        <translation>.*</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expresión regular</translation>
    </message>
    <message>
        <source>Only segments in status</source>
        <translation>Solo los segmentos en estado</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Coincidencia siguiente (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Replace all…</source>
        <translation>Reemplazar todo…</translation>
    </message>
    <message>
        <source>Lists the segments to change first, each with a tick</source>
        <translation>Primero enumera los segmentos que cambiarán, cada uno con una casilla</translation>
    </message>
    <message>
        <source>Preserve case</source>
        <translation>Conservar mayúsculas</translation>
    </message>
    <message>
        <source>Invalid regular expression: {error}</source>
        <translation>Expresión regular no válida: {error}</translation>
    </message>
    <message>
        <source>Invalid pattern</source>
        <translation>Patrón no válido</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segmento</numerusform>
            <numerusform>%n segmentos</numerusform>
        </translation>
    </message>
    <message>
        <source>No match.</source>
        <translation>Sin coincidencias.</translation>
    </message>
    <message>
        <source>Invalid replacement: {error}</source>
        <translation>Reemplazo no válido: {error}</translation>
    </message>
    <message>
        <source>Nothing to replace.</source>
        <translation>Nada que reemplazar.</translation>
    </message>
    <message>
        <source>Replace all “{text}”</source>
        <translation>Reemplazar todas las apariciones de «{text}»</translation>
    </message>
    <message numerus="yes">
        <source>Replaced in %n segment(s).</source>
        <translation>
            <numerusform>Reemplazado en %n segmento.</numerusform>
            <numerusform>Reemplazado en %n segmentos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>Glossary terms</source>
        <translation>Términos del glosario</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>Buscar en el glosario</translation>
    </message>
    <message>
        <source>Search terms and notes…</source>
        <translation>Buscar términos y notas…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Import a TBX or CSV glossary into this language pair</source>
        <translation>Importar un glosario TBX o CSV en este par de idiomas</translation>
    </message>
    <message>
        <source>Export this language pair&apos;s glossary as TBX or CSV</source>
        <translation>Exportar el glosario de este par de idiomas en TBX o CSV</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n término</numerusform>
            <numerusform>%n términos</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} terms</source>
        <translation>{shown} de {total} términos</translation>
    </message>
    <message>
        <source>The term was not changed</source>
        <translation>El término no se ha modificado</translation>
    </message>
    <message>
        <source>The term was not added</source>
        <translation>El término no se ha añadido</translation>
    </message>
    <message>
        <source>Select the terms to delete first.</source>
        <translation>Seleccione primero los términos que desea eliminar.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n term(s) from the glossary?</source>
        <translation>
            <numerusform>¿Eliminar %n término del glosario?</numerusform>
            <numerusform>¿Eliminar %n términos del glosario?</numerusform>
        </translation>
    </message>
    <message>
        <source>A term was not deleted</source>
        <translation>Un término no se ha eliminado</translation>
    </message>
    <message>
        <source>Import a glossary</source>
        <translation>Importar un glosario</translation>
    </message>
    <message>
        <source>Glossaries (*.tbx *.csv *.tsv *.xml *.txt);;All files (*)</source>
        <translation>Glosarios (*.tbx *.csv *.tsv *.xml *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{name}: {added} terms added, {updated} updated ({pair}).</source>
        <translation>{name}: {added} términos añadidos, {updated} actualizados ({pair}).</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was added to the glossary.</source>
        <translation>Importación cancelada: no se ha añadido nada al glosario.</translation>
    </message>
    <message>
        <source>Export the glossary</source>
        <translation>Exportar el glosario</translation>
    </message>
    <message>
        <source>TBX (*.tbx);;CSV, for a spreadsheet (*.csv)</source>
        <translation>TBX (*.tbx);;CSV, para una hoja de cálculo (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) exported to {name}.</source>
        <translation>
            <numerusform>%n término exportado a {name}.</numerusform>
            <numerusform>%n términos exportados a {name}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>Exportando a {name}…</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportación cancelada: no se ha escrito ningún archivo.</translation>
    </message>
</context>
<context>
    <name>HandoffFlows</name>
    <message>
        <source>Open the release that the revised source replaces.</source>
        <translation>Abra el comunicado que sustituye la fuente revisada.</translation>
    </message>
    <message>
        <source>Revised source of “{title}”</source>
        <translation>Fuente revisada de «{title}»</translation>
    </message>
    <message>
        <source>Releases (*.txt *.md *.markdown *.html *.htm *.docx);;All files (*)</source>
        <translation>Comunicados (*.txt *.md *.markdown *.html *.htm *.docx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Updating from {name}…</source>
        <translation>Actualizando desde {name}…</translation>
    </message>
    <message>
        <source>Release updated: {unchanged} unchanged, {changed} changed (kept as drafts), {added} new, {removed} removed (archived).</source>
        <translation>Comunicado actualizado: {unchanged} sin cambios, {changed} modificado(s) (conservado(s) como borrador), {added} nuevo(s), {removed} eliminado(s) (archivado(s)).</translation>
    </message>
    <message>
        <source>Merge a returned XLIFF file or review table</source>
        <translation>Fusionar un archivo XLIFF o una tabla de revisión devueltos</translation>
    </message>
    <message>
        <source>Returned files (*.xlf *.xliff *.docx);;All files (*)</source>
        <translation>Archivos devueltos (*.xlf *.xliff *.docx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Merging {name}…</source>
        <translation>Fusionando {name}…</translation>
    </message>
    <message>
        <source>Merged: {changed}, {comments}.</source>
        <translation>Fusión terminada: {changed}, {comments}.</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) changed</source>
        <translation>
            <numerusform>%n segmento modificado</numerusform>
            <numerusform>%n segmentos modificados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) added</source>
        <translation>
            <numerusform>%n comentario añadido</numerusform>
            <numerusform>%n comentarios añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n segment(s) changed here since the export.</source>
        <translation>
            <numerusform>Se conservó %n segmento modificado aquí desde la exportación.</numerusform>
            <numerusform>Se conservaron %n segmentos modificados aquí desde la exportación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left %n approved segment(s) unchanged.</source>
        <translation>
            <numerusform>%n segmento aprobado se dejó sin cambios.</numerusform>
            <numerusform>%n segmentos aprobados se dejaron sin cambios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Segments changed since the export</source>
        <translation>Segmentos modificados desde la exportación</translation>
    </message>
    <message numerus="yes">
        <source>Replace the current text of these %n segment(s) with the file&apos;s? Each change is kept in its history.</source>
        <translation>
            <numerusform>¿Reemplazar el texto actual de %n segmento por el del archivo? Cada cambio queda en su historial.</numerusform>
            <numerusform>¿Reemplazar el texto actual de estos %n segmentos por el del archivo? Cada cambio queda en su historial.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the file&apos;s text</source>
        <translation>Usar el texto del archivo</translation>
    </message>
    <message>
        <source>Keep the current text</source>
        <translation>Conservar el texto actual</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>No se ha modificado nada</translation>
    </message>
    <message>
        <source>Tracked changes</source>
        <translation>Control de cambios</translation>
    </message>
    <message>
        <source>A review table may still hold changes tracked in Word. Take them as accepted (deletions dropped, insertions kept), or refuse the table while any remain, so that they are looked at in Word first?</source>
        <translation>Una tabla de revisión puede contener aún cambios controlados en Word. ¿Tomarlos como aceptados (eliminaciones quitadas, inserciones conservadas) o rechazar la tabla mientras quede alguno, para revisarlos antes en Word?</translation>
    </message>
    <message>
        <source>Take them</source>
        <translation>Tomarlos</translation>
    </message>
    <message>
        <source>Refuse the table</source>
        <translation>Rechazar la tabla</translation>
    </message>
</context>
<context>
    <name>HiddenLinesSwitch</name>
    <message numerus="yes">
        <source>%n line(s) of this release are not to be translated.</source>
        <translation>
            <numerusform>%n línea de este comunicado no se traduce.</numerusform>
            <numerusform>%n líneas de este comunicado no se traducen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDiffPanel</name>
    <message>
        <source>Word diff of the selected change</source>
        <extracomment>The version number (0 = the text before the first change) the user wants back.</extracomment>
        <translation>Diferencias palabra por palabra del cambio seleccionado</translation>
    </message>
    <message>
        <source>Word diff</source>
        <translation>Diferencias por palabra</translation>
    </message>
    <message>
        <source>Revert to this version</source>
        <translation>Volver a esta versión</translation>
    </message>
    <message>
        <source>Put the target back as it was after the selected change</source>
        <translation>Dejar el destino como estaba tras el cambio seleccionado</translation>
    </message>
    <message>
        <source>Select a change of target to see its word diff.</source>
        <translation>Seleccione un cambio del destino para ver sus diferencias por palabra.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Segment history</source>
        <translation>Historial del segmento</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Aún no hay cambios registrados.</translation>
    </message>
    <message>
        <source>Target set: “{new}”</source>
        <translation>Destino establecido: «{new}»</translation>
    </message>
    <message>
        <source>Target: “{old}” → “{new}”</source>
        <translation>Destino: «{old}» → «{new}»</translation>
    </message>
    <message>
        <source>Status: {old} → {new}</source>
        <translation>Estado: {old} → {new}</translation>
    </message>
    <message>
        <source>“{comment}”</source>
        <translation>«{comment}»</translation>
    </message>
    <message>
        <source>Source updated: “{old}” → “{new}”</source>
        <translation>Origen modificado: «{old}» → «{new}»</translation>
    </message>
    <message>
        <source>Marked to translate</source>
        <translation>Marcado para traducir</translation>
    </message>
    <message>
        <source>Marked not to translate</source>
        <translation>Marcado para no traducir</translation>
    </message>
</context>
<context>
    <name>IdentityField</name>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Traductor</translation>
    </message>
    <message>
        <source>{host}, database {database}</source>
        <translation>{host}, base de datos {database}</translation>
    </message>
    <message>
        <source>{user} · {role}</source>
        <translation>{user} · {role}</translation>
    </message>
    <message>
        <source>Signed in as {user}, working as {role}</source>
        <translation>Conectado como {user}, con el rol {role}</translation>
    </message>
    <message>
        <source>Signed in to the team server as {user}.</source>
        <translation>Conectado al servidor del equipo como {user}.</translation>
    </message>
    <message>
        <source>The server gives {user} the role {role}; only an admin can change it.</source>
        <translation>El servidor da a {user} el rol {role}; solo un administrador puede cambiarlo.</translation>
    </message>
    <message>
        <source>Server: {place}</source>
        <translation>Servidor: {place}</translation>
    </message>
    <message>
        <source>Signed in as {user} ({role}) on server {place}</source>
        <translation>Conectado como {user} ({role}) en el servidor {place}</translation>
    </message>
    <message>
        <source>{login} — {title}</source>
        <translation>{login} — {title}</translation>
    </message>
    <message>
        <source>The team server gives approving and rejecting to reviewers; {user} is a translator there.</source>
        <translation>El servidor del equipo reserva la aprobación y el rechazo a los revisores; {user} es traductor allí.</translation>
    </message>
    <message>
        <source>The team server gives approving and signing off to reviewers; {user} is a translator there.</source>
        <translation>El servidor del equipo reserva la aprobación y el visto bueno final a los revisores; {user} es traductor allí.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a release</source>
        <extracomment>Offered first in the language fields; any BCP-47-like code may be typed.</extracomment>
        <translation>Importar un comunicado</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>Idioma de origen</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>Idioma de destino</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>From the document (its headline or file name)</source>
        <translation>Según el documento (su titular o el nombre del archivo)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Detect from the file</source>
        <translation>Detectar a partir del archivo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;A:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
</context>
<context>
    <name>LiveStatusField</name>
    <message>
        <source>Live updates lost – retrying…</source>
        <translation>Actualizaciones en directo perdidas – reconectando…</translation>
    </message>
    <message>
        <source>Live updates restored</source>
        <translation>Actualizaciones en directo restablecidas</translation>
    </message>
    <message>
        <source>{login} is editing segment {n}</source>
        <translation>{login} está editando el segmento {n}</translation>
    </message>
    <message>
        <source>{logins} are editing segment {n}</source>
        <translation>{logins} están editando el segmento {n}</translation>
    </message>
    <message>
        <source>Someone else has this segment open: agree who translates it before both of you save</source>
        <translation>Otra persona tiene abierto este segmento: acordad quién lo traduce antes de guardar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Release Translator</source>
        <translation>Release Translator</translation>
    </message>
    <message>
        <source>No release yet.
Use File › Open (Ctrl+O) or drop a press release here to import it.</source>
        <translation>Aún no hay comunicados.
Use Archivo › Abrir (Ctrl+O) o suelte aquí un comunicado de prensa para importarlo.</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Edición</translation>
    </message>
    <message>
        <source>Only a reviewer can approve or reject segments; you are working as a translator.</source>
        <translation>Solo un revisor puede aprobar o rechazar segmentos; usted trabaja como traductor.</translation>
    </message>
    <message>
        <source>Only a reviewer can approve or sign off; you are working as a translator.</source>
        <translation>Solo un revisor puede aprobar o validar; usted trabaja como traductor.</translation>
    </message>
    <message>
        <source>Could not read the releases: {error}</source>
        <translation>No se pudieron leer los comunicados: {error}</translation>
    </message>
    <message>
        <source>Release {id} not found.</source>
        <translation>No se encontró el comunicado {id}.</translation>
    </message>
    <message>
        <source>Could not open the release: {error}</source>
        <translation>No se pudo abrir el comunicado: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segmento</numerusform>
            <numerusform>%n segmentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not translatable</source>
        <translation>
            <numerusform>%n no traducible</numerusform>
            <numerusform>%n no traducibles</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} — Release Translator</source>
        <translation>{title} — Release Translator</translation>
    </message>
    <message>
        <source>“{title}” was deleted on the server.</source>
        <translation>«{title}» se eliminó en el servidor.</translation>
    </message>
    <message>
        <source>There is no suggestion {n}.</source>
        <translation>No hay ninguna sugerencia {n}.</translation>
    </message>
    <message>
        <source>About Release Translator</source>
        <translation>Acerca de Release Translator</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Release Translator {version}&lt;/h3&gt;&lt;p&gt;Translate and review press releases with a translation memory, a glossary and machine translation.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Release Translator {version}&lt;/h3&gt;&lt;p&gt;Traduzca y revise comunicados de prensa con una memoria de traducción, un glosario y traducción automática.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The workspace was not changed: {reason}</source>
        <translation>El espacio de trabajo no ha cambiado: {reason}</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
</context>
<context>
    <name>MatchAutoInsert</name>
    <message>
        <source>Inserted the translation of the same sentence confirmed above; Esc takes it back.</source>
        <translation>Traducción de la misma frase, confirmada más arriba, insertada; Esc la deshace.</translation>
    </message>
    <message>
        <source>Inserted a context match (101%: same sentence, same neighbours); Esc takes it back.</source>
        <translation>Coincidencia de contexto insertada (101&#xa0;%: misma frase, mismas vecinas); Esc la deshace.</translation>
    </message>
    <message>
        <source>Inserted a {score}% memory match; Esc takes it back.</source>
        <translation>Coincidencia de la memoria al {score}&#xa0;% insertada; Esc la deshace.</translation>
    </message>
</context>
<context>
    <name>MemoryPage</name>
    <message>
        <source>Memory units</source>
        <translation>Unidades de la memoria</translation>
    </message>
    <message>
        <source>Search the memory</source>
        <translation>Buscar en la memoria</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Mostrar &amp;más</translation>
    </message>
    <message>
        <source>Import a TMX file into the memory</source>
        <translation>Importar un archivo TMX en la memoria</translation>
    </message>
    <message>
        <source>Export this language pair&apos;s memory as TMX</source>
        <translation>Exportar la memoria de este par de idiomas en TMX</translation>
    </message>
    <message numerus="yes">
        <source>{pair} (%n unit(s))</source>
        <translation>
            <numerusform>{pair} (%n unidad)</numerusform>
            <numerusform>{pair} (%n unidades)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the memory…</source>
        <translation>Leyendo la memoria…</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) with “{text}”</source>
        <translation>
            <numerusform>%n unidad con «{text}»</numerusform>
            <numerusform>%n unidades con «{text}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) in this pair</source>
        <translation>
            <numerusform>%n unidad en este par</numerusform>
            <numerusform>%n unidades en este par</numerusform>
        </translation>
    </message>
    <message>
        <source>(the first {shown} shown)</source>
        <translation>(se muestran las {shown} primeras)</translation>
    </message>
    <message>
        <source>The unit was not changed</source>
        <translation>La unidad no se ha modificado</translation>
    </message>
    <message>
        <source>Select the units to delete first.</source>
        <translation>Seleccione primero las unidades que desea eliminar.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n unit(s) from the memory? They will no longer be offered as matches.</source>
        <translation>
            <numerusform>¿Eliminar %n unidad de la memoria? Ya no se propondrá como coincidencia.</numerusform>
            <numerusform>¿Eliminar %n unidades de la memoria? Ya no se propondrán como coincidencias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted</source>
        <translation>No se ha eliminado nada</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) deleted.</source>
        <translation>
            <numerusform>%n unidad eliminada.</numerusform>
            <numerusform>%n unidades eliminadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a translation memory</source>
        <translation>Importar una memoria de traducción</translation>
    </message>
    <message>
        <source>TMX files (*.tmx);;All files (*)</source>
        <translation>Archivos TMX (*.tmx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{name}: {added} units added, {merged} merged into units already there ({pair}).</source>
        <translation>{name}: {added} unidades añadidas, {merged} fusionadas con unidades existentes ({pair}).</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was added to the memory.</source>
        <translation>Importación cancelada: no se ha añadido nada a la memoria.</translation>
    </message>
    <message>
        <source>Export the memory</source>
        <translation>Exportar la memoria</translation>
    </message>
    <message>
        <source>TMX files (*.tmx)</source>
        <translation>Archivos TMX (*.tmx)</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) exported to {name}.</source>
        <translation>
            <numerusform>%n unidad exportada a {name}.</numerusform>
            <numerusform>%n unidades exportadas a {name}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>Exportando a {name}…</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportación cancelada: no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>Search sources and targets…</source>
        <translation>Buscar en orígenes y destinos…</translation>
    </message>
</context>
<context>
    <name>MtUsageField</name>
    <message>
        <source>DeepL usage</source>
        <translation>Uso de DeepL</translation>
    </message>
    <message>
        <source>DeepL: …</source>
        <translation>DeepL: …</translation>
    </message>
    <message>
        <source>DeepL: usage not reported</source>
        <translation>DeepL: uso no disponible</translation>
    </message>
    <message numerus="yes">
        <source>DeepL: {count} character(s)</source>
        <translation>
            <numerusform>DeepL: {count} carácter</numerusform>
            <numerusform>DeepL: {count} caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DeepL: {count} of {limit} character(s)</source>
        <translation>
            <numerusform>DeepL: {count} de {limit} carácter</numerusform>
            <numerusform>DeepL: {count} de {limit} caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>Characters left this billing period: {left}</source>
        <translation>Caracteres restantes en este período de facturación: {left}</translation>
    </message>
    <message>
        <source>DeepL key not set</source>
        <translation>Clave de DeepL no configurada</translation>
    </message>
    <message>
        <source>Add the key in Edit › Preferences, or set DEEPL_AUTH_KEY.</source>
        <translation>Añada la clave en Edición › Preferencias o defina DEEPL_AUTH_KEY.</translation>
    </message>
    <message>
        <source>DeepL key refused</source>
        <translation>Clave de DeepL rechazada</translation>
    </message>
    <message>
        <source>DeepL refused the key (403): check it in Edit › Preferences.</source>
        <translation>DeepL rechazó la clave (403): revísela en Edición › Preferencias.</translation>
    </message>
    <message>
        <source>DeepL usage unavailable</source>
        <translation>Uso de DeepL no disponible</translation>
    </message>
    <message>
        <source>DeepL could not be reached; suggestions resume when it can.</source>
        <translation>No se pudo contactar con DeepL; las sugerencias se reanudarán en cuanto sea posible.</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Segment {n} has QA errors</source>
        <translation>El segmento {n} tiene errores de QA</translation>
    </message>
    <message>
        <source>Segment {n} cannot be approved as it is: the checks found the errors below. Fix the target, or approve it anyway and say why (your reason is recorded in its history and the review report).</source>
        <translation>El segmento {n} no se puede aprobar tal como está: las comprobaciones encontraron los errores siguientes. Corrija el destino o apruébelo de todos modos e indique por qué (su motivo se registra en su historial y en el informe de revisión).</translation>
    </message>
    <message>
        <source>Reason for approving anyway</source>
        <translation>Motivo para aprobar de todos modos</translation>
    </message>
    <message>
        <source>Why is this target right despite the errors?</source>
        <translation>¿Por qué es correcto este destino pese a los errores?</translation>
    </message>
    <message>
        <source>Approve anyway</source>
        <translation>Aprobar de todos modos</translation>
    </message>
    <message>
        <source>Fix it first</source>
        <translation>Corregir primero</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
</context>
<context>
    <name>PairBox</name>
    <message>
        <source>Language pair</source>
        <translation>Par de idiomas</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Team server password</source>
        <translation>Contraseña del servidor del equipo</translation>
    </message>
    <message>
        <source>The team server asks for the password of {login}.</source>
        <translation>El servidor del equipo pide la contraseña de {login}.</translation>
    </message>
    <message>
        <source>The server refused the password kept in the keyring for {login}; it may have been changed. Type the current one.</source>
        <translation>El servidor rechazó la contraseña guardada en el llavero para {login}; puede que haya cambiado. Escriba la actual.</translation>
    </message>
    <message>
        <source>The server refused the password given for {login} (in ~/.pgpass, PGPASSWORD or the server address). Type the current one.</source>
        <translation>El servidor rechazó la contraseña indicada para {login} (en ~/.pgpass, PGPASSWORD o la dirección del servidor). Escriba la actual.</translation>
    </message>
    <message>
        <source>The server refused that password for {login}. Type it again.</source>
        <translation>El servidor rechazó esa contraseña para {login}. Escríbala de nuevo.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Remember in the keyring</source>
        <translation>Recordar en el llavero</translation>
    </message>
    <message>
        <source>Kept in the system keyring once the server accepts it; never in the settings file.</source>
        <translation>Se guarda en el llavero del sistema cuando el servidor la acepta; nunca en el archivo de ajustes.</translation>
    </message>
    <message>
        <source>No keyring is available on this computer: put the password in ~/.pgpass instead.</source>
        <translation>No hay ningún llavero disponible en este equipo: ponga la contraseña en ~/.pgpass.</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>System language</source>
        <extracomment>Code → name; each language is named in itself, &quot;System language&quot; in the interface language.</extracomment>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Traductor</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Engine default</source>
        <translation>Valor predeterminado del motor</translation>
    </message>
    <message>
        <source>More formal</source>
        <translation>Más formal</translation>
    </message>
    <message>
        <source>Less formal</source>
        <translation>Menos formal</translation>
    </message>
    <message>
        <source>More formal where supported</source>
        <translation>Más formal si es posible</translation>
    </message>
    <message>
        <source>Less formal where supported</source>
        <translation>Menos formal si es posible</translation>
    </message>
    <message>
        <source>DeepL&apos;s default</source>
        <translation>Modelo predeterminado de DeepL</translation>
    </message>
    <message>
        <source>Best quality (slower)</source>
        <translation>Mejor calidad (más lento)</translation>
    </message>
    <message>
        <source>Fastest answer</source>
        <translation>Respuesta más rápida</translation>
    </message>
    <message>
        <source>The installed DeepL client cannot choose a model: update it.</source>
        <translation>El cliente de DeepL instalado no permite elegir un modelo: actualícelo.</translation>
    </message>
    <message>
        <source>Your login name</source>
        <translation>Su nombre de inicio de sesión</translation>
    </message>
    <message>
        <source>A team&apos;s shared server, e.g. postgresql://user@server/translations</source>
        <translation>El servidor compartido de un equipo, p. ej. postgresql://user@server/translations</translation>
    </message>
    <message>
        <source>Kept in the keyring: type a new one to replace it</source>
        <translation>Guardada en el llavero: escriba otra para reemplazarla</translation>
    </message>
    <message>
        <source>Goes to the system keyring</source>
        <translation>Irá al llavero del sistema</translation>
    </message>
    <message>
        <source>The team server&apos;s password for the login in the address: kept in the system keyring, never in the settings file. Leave it empty to keep the stored one (or use ~/.pgpass).</source>
        <translation>La contraseña del servidor del equipo para el usuario de la dirección: se guarda en el llavero del sistema, nunca en el archivo de ajustes. Déjela vacía para conservar la guardada (o use ~/.pgpass).</translation>
    </message>
    <message>
        <source>The team server decides who you are and your role; an admin changes the role.</source>
        <translation>El servidor del equipo decide quién es usted y su rol; un administrador cambia el rol.</translation>
    </message>
    <message>
        <source>Also the most entries a glossary file may hold</source>
        <translation>También el máximo de entradas de un archivo de glosario</translation>
    </message>
    <message>
        <source>Entering an empty segment puts its best memory match in the target; Esc takes it back.</source>
        <translation>Al entrar en un segmento vacío, su mejor coincidencia de la memoria se coloca en el destino; Esc la deshace.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Context matches (101%)</source>
        <translation>Solo contexto (101&#xa0;%)</translation>
    </message>
    <message>
        <source>100% and context matches</source>
        <translation>100&#xa0;% y contexto (101&#xa0;%)</translation>
    </message>
    <message>
        <source>From {score}%</source>
        <translation>Desde el {score}&#xa0;%</translation>
    </message>
    <message>
        <source>Signed in:</source>
        <translation>Conexión:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Su nombre:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>Server password:</source>
        <translation>Contraseña del servidor:</translation>
    </message>
    <message>
        <source>Memory matches from:</source>
        <translation>Coincidencias de la memoria desde:</translation>
    </message>
    <message>
        <source>Largest file imported:</source>
        <translation>Archivo más grande importado:</translation>
    </message>
    <message>
        <source>Most segments per release:</source>
        <translation>Máximo de segmentos por comunicado:</translation>
    </message>
    <message>
        <source>Insert the best match:</source>
        <translation>Insertar la mejor coincidencia:</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>DeepL key:</source>
        <translation>Clave de DeepL:</translation>
    </message>
    <message>
        <source>DeepL model:</source>
        <translation>Modelo de DeepL:</translation>
    </message>
    <message>
        <source>Name the login in the address (postgresql://login@server/database) so that the keyring can keep its password.</source>
        <translation>Indique el usuario en la dirección (postgresql://usuario@servidor/base) para que el llavero pueda guardar su contraseña.</translation>
    </message>
    <message>
        <source>No keyring is available on this computer: the password cannot be kept safely, and is never written to the settings file. Put it in the server&apos;s password file (~/.pgpass) instead.</source>
        <translation>No hay ningún llavero disponible en este equipo: la contraseña no puede guardarse de forma segura, y nunca se escribe en el archivo de ajustes. Póngala en el archivo de contraseñas del servidor (~/.pgpass).</translation>
    </message>
    <message>
        <source>No keyring is available on this computer: a key cannot be saved here. Set the DEEPL_AUTH_KEY environment variable instead.</source>
        <translation>No hay ningún llavero disponible en este equipo: no se puede guardar una clave aquí. Defina en su lugar la variable de entorno DEEPL_AUTH_KEY.</translation>
    </message>
    <message>
        <source>Stored in the system keyring ({backend}), service “translator-app”.</source>
        <translation>Almacenada en el llavero del sistema ({backend}), servicio «translator-app».</translation>
    </message>
    <message>
        <source>No keyring</source>
        <translation>Sin llavero</translation>
    </message>
    <message>
        <source>Keyring refused</source>
        <translation>Llavero rechazado</translation>
    </message>
    <message>
        <source>The system keyring refused to store the key.</source>
        <translation>El llavero del sistema se negó a guardar la clave.</translation>
    </message>
    <message>
        <source>Formality</source>
        <translation>Formalidad</translation>
    </message>
    <message>
        <source>Paste a new key</source>
        <translation>Pegue una clave nueva</translation>
    </message>
    <message>
        <source>A key pasted here replaces the stored one; it is never shown again.</source>
        <translation>Una clave pegada aquí sustituye a la almacenada; nunca se vuelve a mostrar.</translation>
    </message>
    <message>
        <source>Send context to DeepL</source>
        <translation>Enviar el contexto a DeepL</translation>
    </message>
    <message>
        <source>The headline and the sentences before each one go with the request: better translations. Switch it off for a confidential release.</source>
        <translation>El titular y las frases anteriores a cada una acompañan la solicitud: mejores traducciones. Desactívelo para un comunicado confidencial.</translation>
    </message>
    <message>
        <source>Local workspace (SQLite)</source>
        <translation>Espacio de trabajo local (SQLite)</translation>
    </message>
    <message>
        <source>Formality:</source>
        <translation>Formalidad:</translation>
    </message>
    <message>
        <source>For “{title}” only.</source>
        <translation>Solo para «{title}».</translation>
    </message>
    <message>
        <source>Open a release to choose its formality.</source>
        <translation>Abra un comunicado para elegir su formalidad.</translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation>&amp;Trabajo</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <source>&amp;DeepL</source>
        <translation>&amp;DeepL</translation>
    </message>
    <message>
        <source>Everything applies when you save: a new name, role, database or language opens the workspace again in this window, on the same release.</source>
        <translation>Todo se aplica al guardar: un nombre, rol, base de datos o idioma nuevos vuelven a abrir el espacio de trabajo en esta ventana, en el mismo comunicado.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Formality does not apply to {language}: DeepL has no formal register there, so none is sent.</source>
        <translation>La formalidad no se aplica a {language}: DeepL no tiene registro formal en ese idioma, así que no se envía ninguna.</translation>
    </message>
</context>
<context>
    <name>PretranslateDialog</name>
    <message>
        <source>Pre-translate</source>
        <translation>Pretraducir</translation>
    </message>
    <message>
        <source>Fill every segment of “{title}” that has no confirmed translation as a draft: exact memory matches first, then DeepL. Translated and approved segments are never overwritten.</source>
        <translation>Rellenar como borrador cada segmento de «{title}» sin traducción confirmada: primero las coincidencias exactas de la memoria y después DeepL. Los segmentos traducidos y aprobados nunca se sobrescriben.</translation>
    </message>
    <message>
        <source>Use DeepL for the rest</source>
        <translation>Usar DeepL para el resto</translation>
    </message>
    <message>
        <source>Pre-translation progress</source>
        <translation>Progreso de la pretraducción</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Send to DeepL</source>
        <translation>Enviar a DeepL</translation>
    </message>
    <message>
        <source>Translate what fits</source>
        <translation>Traducir lo que cabe en la cuota</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Pre-translating…</source>
        <translation>Pretraduciendo…</translation>
    </message>
    <message numerus="yes">
        <source>DeepL will bill about &lt;b&gt;{chars}&lt;/b&gt; character(s) for {segments} ({words}).</source>
        <translation>
            <numerusform>DeepL facturará unos &lt;b&gt;{chars}&lt;/b&gt; carácter por {segments} ({words}).</numerusform>
            <numerusform>DeepL facturará unos &lt;b&gt;{chars}&lt;/b&gt; caracteres por {segments} ({words}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segmento</numerusform>
            <numerusform>%n segmentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is more than what is left. What fits: the first %n segment(s), about {chars} characters, in document order; nothing is sent unless you choose.</source>
        <translation>
            <numerusform>Es más de lo que queda. Lo que cabe: %n segmento (el primero), unos {chars} caracteres, en el orden del documento; no se envía nada sin que usted lo elija.</numerusform>
            <numerusform>Es más de lo que queda. Lo que cabe: los %n primeros segmentos, unos {chars} caracteres, en el orden del documento; no se envía nada sin que usted lo elija.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Translate the first %n segment(s)</source>
        <translation>
            <numerusform>Traducir %n segmento (el primero)</numerusform>
            <numerusform>Traducir los %n primeros segmentos</numerusform>
        </translation>
    </message>
    <message>
        <source>That is more than what is left, and not even the first segment fits.</source>
        <translation>Es más de lo que queda, y ni siquiera cabe el primer segmento.</translation>
    </message>
    <message>
        <source>Memory matches are filled. Translate what fits, or cancel?</source>
        <translation>Las coincidencias de la memoria están rellenadas. ¿Traducir lo que cabe en la cuota o cancelar?</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n segment(s)</source>
        <translation>
            <numerusform>{done} de %n segmento</numerusform>
            <numerusform>{done} de %n segmentos</numerusform>
        </translation>
    </message>
    <message>
        <source>The account has {left} of {limit} characters left this period.</source>
        <translation>A la cuenta le quedan {left} de {limit} caracteres en este período.</translation>
    </message>
    <message>
        <source>Use translation memory matches from</source>
        <translation>Usar las coincidencias de la memoria desde</translation>
    </message>
    <message>
        <source>Lowest memory match score to fill</source>
        <translation>Puntuación mínima de las coincidencias de la memoria que se usan</translation>
    </message>
    <message>
        <source>Below 100%, fuzzy matches fill drafts marked with their score.</source>
        <translation>Por debajo del 100&#xa0;%, las coincidencias parciales rellenan borradores marcados con su puntuación.</translation>
    </message>
    <message>
        <source>Memory matches are filled. Send the rest to DeepL?</source>
        <translation>Las coincidencias de la memoria están rellenadas. ¿Enviar el resto a DeepL?</translation>
    </message>
    <message>
        <source>Translating with DeepL…</source>
        <translation>Traduciendo con DeepL…</translation>
    </message>
    <message>
        <source>Cancelling… what is done stays.</source>
        <translation>Cancelando… lo hecho se conserva.</translation>
    </message>
    <message>
        <source>Pre-translation stopped: {error}</source>
        <translation>Pretraducción detenida: {error}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>{filled} of {total} segments filled as drafts ({tm} from the memory, {mt} from DeepL).</source>
        <translation>{filled} de {total} segmentos rellenados como borradores ({tm} de la memoria, {mt} de DeepL).</translation>
    </message>
    <message numerus="yes">
        <source>%n of them from fuzzy memory matches, marked with their score: check them first.</source>
        <translation>
            <numerusform>%n de ellos de una coincidencia parcial de la memoria, marcado con su puntuación: revíselo primero.</numerusform>
            <numerusform>%n de ellos de coincidencias parciales de la memoria, marcados con su puntuación: revíselos primero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) left untranslated: they did not fit in the quota.</source>
        <translation>
            <numerusform>%n segmento sin traducir: no cabía en la cuota.</numerusform>
            <numerusform>%n segmentos sin traducir: no cabían en la cuota.</numerusform>
        </translation>
    </message>
    <message>
        <source>Formality does not apply to {language}: DeepL has no formal register there, so none was sent.</source>
        <translation>El registro no se aplica a {language}: DeepL no tiene registro formal en ese idioma, así que no se envió ninguno.</translation>
    </message>
    <message>
        <source>DeepL quota exceeded (456): the run stopped; what was done is kept.</source>
        <translation>Cuota de DeepL superada (456): el proceso se detuvo; lo hecho se conserva.</translation>
    </message>
    <message>
        <source>The DeepL quota left is too short for this release: nothing was sent.</source>
        <translation>La cuota de DeepL restante no alcanza para este comunicado: no se envió nada.</translation>
    </message>
    <message>
        <source>DeepL refused the key (403): check it in Edit › Preferences.</source>
        <translation>DeepL rechazó la clave (403): revísela en Edición › Preferencias.</translation>
    </message>
    <message>
        <source>No DeepL key: add it in Edit › Preferences or set DEEPL_AUTH_KEY.</source>
        <translation>No hay clave de DeepL: añádala en Edición › Preferencias o defina DEEPL_AUTH_KEY.</translation>
    </message>
    <message>
        <source>DeepL did not answer in {seconds} s, {attempts} times: the run stopped; what was done is kept.</source>
        <translation>DeepL no respondió en {seconds} s, {attempts} veces seguidas: el proceso se detuvo; se conserva lo hecho.</translation>
    </message>
    <message>
        <source>DeepL no longer has the glossary, even after recreating it: the run stopped; what was done is kept.</source>
        <translation>DeepL ya no tiene el glosario, incluso tras volver a crearlo: el proceso se detuvo; se conserva lo hecho.</translation>
    </message>
    <message>
        <source>DeepL could not be reached: the run stopped; what was done is kept.</source>
        <translation>No se pudo contactar con DeepL: el proceso se detuvo; lo hecho se conserva.</translation>
    </message>
    <message>
        <source>Cancelled: what was done is kept.</source>
        <translation>Cancelado: lo hecho se conserva.</translation>
    </message>
</context>
<context>
    <name>PretranslationFlow</name>
    <message>
        <source>Open a release to pre-translate it.</source>
        <translation>Abra un comunicado para pretraducirlo.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Preview of the translation</source>
        <extracomment>Qt&apos;s rich text ignores &quot;em&quot; sizes for headings (an h1 stayed at twice the text size): keywords work. Inline elements of the Markdown and HTML formats, as the preview shows them (a link underlined: the preview opens nothing).</extracomment>
        <translation>Vista previa de la traducción</translation>
    </message>
    <message>
        <source>The translation, rendered, appears here.</source>
        <translation>La traducción, ya maquetada, aparece aquí.</translation>
    </message>
</context>
<context>
    <name>ProgressDelegate</name>
    <message>
        <source>{percent}%</source>
        <extracomment>Role through which the model hands the delegate a ``dict[SegmentStatus, int]``.</extracomment>
        <translation>{percent}&#xa0;%</translation>
    </message>
</context>
<context>
    <name>QaPanel</name>
    <message>
        <source>Quality checks</source>
        <translation>Controles de calidad</translation>
    </message>
    <message>
        <source>This segment</source>
        <translation>Este segmento</translation>
    </message>
    <message>
        <source>Findings of the active segment</source>
        <translation>Problemas detectados en el segmento activo</translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>No se detectó ningún problema.</translation>
    </message>
    <message>
        <source>Check the whole release</source>
        <translation>Comprobar todo el comunicado</translation>
    </message>
    <message>
        <source>Findings of the release</source>
        <translation>Problemas detectados en el comunicado</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) not translated yet: {numbers}</source>
        <translation>
            <numerusform>%n segmento aún sin traducir: {numbers}</numerusform>
            <numerusform>%n segmentos aún sin traducir: {numbers}</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to go to the first one</source>
        <translation>Haga clic para ir al primero</translation>
    </message>
    <message numerus="yes">
        <source>{errors} and {warnings} in %n segment(s).</source>
        <translation>
            <numerusform>{errors} y {warnings} en %n segmento.</numerusform>
            <numerusform>{errors} y {warnings} en %n segmentos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>No problem found in the release.</source>
        <translation>No se detectó ningún problema en el comunicado.</translation>
    </message>
</context>
<context>
    <name>QaText</name>
    <message>
        <source>The target is empty.</source>
        <extracomment>Called by this name with a literal context and text, so that ``lupdate`` finds every sentence.</extracomment>
        <translation>El destino está vacío.</translation>
    </message>
    <message>
        <source>The target is the same as the source: not translated?</source>
        <translation>El destino es igual al origen: ¿sin traducir?</translation>
    </message>
    <message>
        <source>“{detail}” is left in the source language: not translated?</source>
        <translation>«{detail}» sigue en el idioma de origen: ¿sin traducir?</translation>
    </message>
    <message>
        <source>Number {detail} of the source is missing or changed in the target.</source>
        <translation>El número {detail} del origen falta o ha cambiado en el destino.</translation>
    </message>
    <message>
        <source>Number {detail} is in the target but not in the source.</source>
        <translation>El número {detail} está en el destino pero no en el origen.</translation>
    </message>
    <message>
        <source>Number {detail} is not written the target language&apos;s way (decimal mark, thousands or percent).</source>
        <translation>El número {detail} no está escrito según las convenciones del idioma de destino (separador decimal, millares o porcentaje).</translation>
    </message>
    <message>
        <source>Inline tag {detail} of the source is missing.</source>
        <translation>Falta la etiqueta {detail} del origen.</translation>
    </message>
    <message>
        <source>Inline tag {detail} is not in the source.</source>
        <translation>La etiqueta {detail} no está en el origen.</translation>
    </message>
    <message>
        <source>Inline tags are not in the source&apos;s order (from {detail}).</source>
        <translation>Las etiquetas no siguen el orden del origen (a partir de {detail}).</translation>
    </message>
    <message>
        <source>Inline tag {detail} is not opened and closed properly.</source>
        <translation>La etiqueta {detail} no se abre y se cierra correctamente.</translation>
    </message>
    <message>
        <source>The URL {detail} must be kept exactly as in the source.</source>
        <translation>La URL {detail} debe mantenerse exactamente como en el origen.</translation>
    </message>
    <message>
        <source>The e-mail address {detail} must be kept exactly as in the source.</source>
        <translation>La dirección de correo electrónico {detail} debe mantenerse exactamente como en el origen.</translation>
    </message>
    <message>
        <source>The phone number {detail} must be kept exactly as in the source.</source>
        <translation>El número de teléfono {detail} debe mantenerse exactamente como en el origen.</translation>
    </message>
    <message>
        <source>The glossary term “{detail}” is not used.</source>
        <translation>No se usa el término del glosario «{detail}».</translation>
    </message>
    <message>
        <source>“{detail}” is a variant the glossary forbids.</source>
        <translation>«{detail}» es una variante que el glosario prohíbe.</translation>
    </message>
    <message>
        <source>The leading space differs from the source&apos;s.</source>
        <translation>El espacio inicial difiere del del origen.</translation>
    </message>
    <message>
        <source>The trailing space differs from the source&apos;s.</source>
        <translation>El espacio final difiere del del origen.</translation>
    </message>
    <message>
        <source>Double space.</source>
        <translation>Espacio doble.</translation>
    </message>
    <message>
        <source>The end punctuation differs from the source ({detail}).</source>
        <translation>La puntuación final difiere del origen ({detail}).</translation>
    </message>
    <message>
        <source>Brackets are not balanced as in the source.</source>
        <translation>Los paréntesis o corchetes no están equilibrados como en el origen.</translation>
    </message>
    <message>
        <source>Quotation marks are not balanced as in the source.</source>
        <translation>Las comillas no están equilibradas como en el origen.</translation>
    </message>
    <message>
        <source>French typography: a narrow no-break space is needed {detail}.</source>
        <translation>Tipografía francesa: se necesita un espacio fino de no separación {detail}.</translation>
    </message>
    <message>
        <source>The target is {detail} times as long as the source.</source>
        <translation>El destino es {detail} veces más largo que el origen.</translation>
    </message>
    <message>
        <source>Repeated word “{detail}”.</source>
        <translation>Palabra repetida «{detail}».</translation>
    </message>
    <message>
        <source>The same source is translated differently in {detail}.</source>
        <translation>El mismo origen se traduce de forma distinta en {detail}.</translation>
    </message>
    <message>
        <source>the source ends with “{mark}”</source>
        <translation>el origen termina con «{mark}»</translation>
    </message>
    <message>
        <source>the source ends without punctuation</source>
        <translation>el origen termina sin puntuación</translation>
    </message>
    <message>
        <source>after «</source>
        <translation>después de «</translation>
    </message>
    <message>
        <source>before “{mark}”</source>
        <translation>antes de «{mark}»</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Reject segment {n}</source>
        <translation>Rechazar el segmento {n}</translation>
    </message>
    <message>
        <source>Source: {source}
Target: {target}</source>
        <translation>Origen: {source}
Destino: {target}</translation>
    </message>
    <message>
        <source>Comment for the translator</source>
        <translation>Comentario para el traductor</translation>
    </message>
    <message>
        <source>What should the translator change?</source>
        <translation>¿Qué debe cambiar el traductor?</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Error category</source>
        <translation>Categoría de error</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(sin categoría)</translation>
    </message>
    <message>
        <source>Error severity</source>
        <translation>Gravedad del error</translation>
    </message>
    <message>
        <source>(no severity)</source>
        <translation>(sin gravedad)</translation>
    </message>
    <message>
        <source>Error &amp;category:</source>
        <translation>&amp;Categoría de error:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravedad:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Comentario:</translation>
    </message>
</context>
<context>
    <name>RejectionBanner</name>
    <message>
        <source>Segment {n} was sent back by {user} ({when})</source>
        <translation>{user} devolvió el segmento {n} ({when})</translation>
    </message>
</context>
<context>
    <name>ReleaseList</name>
    <message>
        <source>Search releases by title</source>
        <translation>Buscar comunicados por título</translation>
    </message>
    <message>
        <source>Could not read the releases: {error}</source>
        <translation>No se pudieron leer los comunicados: {error}</translation>
    </message>
</context>
<context>
    <name>ReleaseListModel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Modificado</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) to translate</source>
        <translation>
            <numerusform>%n segmento por traducir</numerusform>
            <numerusform>%n segmentos por traducir</numerusform>
        </translation>
    </message>
    <message>
        <source>Not translatable: {count}</source>
        <translation>No traducibles: {count}</translation>
    </message>
    <message>
        <source>imported {when}</source>
        <extracomment>The list&apos;s counts are read again this long after the open release changed (a burst of edits: once).</extracomment>
        <translation>importado {when}</translation>
    </message>
    <message>
        <source>{file}, imported {when} by {user}</source>
        <translation>{file}, importado {when} por {user}</translation>
    </message>
</context>
<context>
    <name>ReleasePreview</name>
    <message>
        <source>The preview shows the first {shown:,} of {total:,} segments; the export holds them all.</source>
        <translation>La vista previa muestra los primeros {shown:,} de {total:,} segmentos; la exportación los contiene todos.</translation>
    </message>
</context>
<context>
    <name>ReplacePreview</name>
    <message>
        <source>Replace all</source>
        <translation>Reemplazar todo</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{find}” → “{replace}”: {times} in %n segment(s). Untick what should stay as it is.</source>
        <translation>
            <numerusform>«{find}» → «{replace}»: {times} en %n segmento. Desmarque lo que deba quedar como está.</numerusform>
            <numerusform>«{find}» → «{replace}»: {times} en %n segmentos. Desmarque lo que deba quedar como está.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmed segments stay confirmed and their memory units get the new text; approved ones go back to translated for a reviewer to look at again.</source>
        <translation>Los segmentos confirmados siguen confirmados y sus unidades de memoria reciben el texto nuevo; los aprobados vuelven a «traducido» para que un revisor los vea de nuevo.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>After replacing</source>
        <translation>Tras reemplazar</translation>
    </message>
    <message>
        <source>Segments to change</source>
        <translation>Segmentos que cambiarán</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Marcar todo</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Desmarcar todo</translation>
    </message>
    <message numerus="yes">
        <source>Replace in %n segment(s)</source>
        <translation>
            <numerusform>Reemplazar en %n segmento</numerusform>
            <numerusform>Reemplazar en %n segmentos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResourcePage</name>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
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
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <source>Choose or type a language pair, such as fr → en.</source>
        <translation>Elija o escriba un par de idiomas, por ejemplo fr → en.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
</context>
<context>
    <name>ResourcesDialog</name>
    <message>
        <source>Memory and glossary</source>
        <translation>Memoria y glosario</translation>
    </message>
    <message>
        <source>Translation &amp;memory</source>
        <translation>&amp;Memoria de traducción</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Glosario</translation>
    </message>
</context>
<context>
    <name>ReviewDecisions</name>
    <message>
        <source>#{n}: {reasons}</source>
        <translation>n.º {n}: {reasons}</translation>
    </message>
    <message>
        <source>Approve all translated</source>
        <translation>Aprobar todos los traducidos</translation>
    </message>
    <message>
        <source>Open each held segment to fix it, or approve it with a reason (Ctrl+Alt+A).</source>
        <translation>Abra cada segmento retenido para corregirlo, o apruébelo indicando un motivo (Ctrl+Alt+A).</translation>
    </message>
    <message>
        <source>The release is signed off.</source>
        <translation>El comunicado está validado.</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) approved, {held} held back by QA errors.</source>
        <extracomment>Whether the release may be signed off now, and why (the window&apos;s Sign off action follows it).</extracomment>
        <translation>
            <numerusform>%n segmento aprobado, {held} retenido(s) por errores de QA.</numerusform>
            <numerusform>%n segmentos aprobados, {held} retenido(s) por errores de QA.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) still to approve before signing off.</source>
        <translation>
            <numerusform>Queda %n segmento por aprobar antes de validar.</numerusform>
            <numerusform>Quedan %n segmentos por aprobar antes de validar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every segment is approved: sign the release off.</source>
        <translation>Todos los segmentos están aprobados: valide el comunicado.</translation>
    </message>
    <message>
        <source>✔ Signed off by {user} ({when})</source>
        <translation>✔ Validado por {user} ({when})</translation>
    </message>
    <message>
        <source>a later change</source>
        <translation>un cambio posterior</translation>
    </message>
    <message>
        <source>Signed off by {user} ({when}), reopened by {by}</source>
        <translation>Validado por {user} ({when}), reabierto por {by}</translation>
    </message>
    <message>
        <source>Release signed off by {user}.</source>
        <translation>Comunicado validado por {user}.</translation>
    </message>
</context>
<context>
    <name>ReviewLabels</name>
    <message>
        <source>Accuracy</source>
        <extracomment>Colours of the underlines and the severity marks: red for errors, orange for warnings, grey for notes.</extracomment>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Fluency</source>
        <translation>Fluidez</translation>
    </message>
    <message>
        <source>Terminology</source>
        <translation>Terminología</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Estilo</translation>
    </message>
    <message>
        <source>Locale convention</source>
        <translation>Convenciones regionales</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
</context>
<context>
    <name>ReviewPanels</name>
    <message>
        <source>Filter by QA finding</source>
        <translation>Filtrar por resultado de QA</translation>
    </message>
    <message>
        <source>All QA results</source>
        <translation>Todos los resultados de QA</translation>
    </message>
    <message>
        <source>With QA errors</source>
        <translation>Con errores de QA</translation>
    </message>
    <message>
        <source>With QA warnings</source>
        <translation>Con advertencias de QA</translation>
    </message>
    <message>
        <source>Segment {n} reverted to version {v}.</source>
        <translation>Segmento {n} restablecido a la versión {v}.</translation>
    </message>
</context>
<context>
    <name>RoleChip</name>
    <message>
        <source>Reviewer mode</source>
        <translation>Modo revisor</translation>
    </message>
    <message>
        <source>{user} works as a reviewer: may edit, approve, reject and sign off.</source>
        <translation>{user} trabaja como revisor: puede editar, aprobar, rechazar y validar.</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Traductor</translation>
    </message>
    <message>
        <source>{user} works as a translator: may edit and confirm; approving is for reviewers.</source>
        <translation>{user} trabaja como traductor: puede editar y confirmar; la aprobación corresponde a los revisores.</translation>
    </message>
</context>
<context>
    <name>SegmentNavigation</name>
    <message>
        <source>Go to segment</source>
        <extracomment>Checks a whole release (the workspace&apos;s QA service), run on a worker.</extracomment>
        <translation>Ir al segmento</translation>
    </message>
    <message>
        <source>Segment number (1–{count}):</source>
        <translation>Número del segmento (1–{count}):</translation>
    </message>
    <message>
        <source>There is no segment {n}.</source>
        <translation>No hay segmento {n}.</translation>
    </message>
    <message>
        <source>Segment {n} is not to be translated: the hidden lines are shown.</source>
        <translation>El segmento {n} no se traduce: se muestran las líneas ocultas.</translation>
    </message>
    <message>
        <source>Every segment in view is confirmed.</source>
        <translation>Todos los segmentos visibles están confirmados.</translation>
    </message>
    <message>
        <source>No rejected segment in view.</source>
        <translation>Ningún segmento rechazado entre los visibles.</translation>
    </message>
    <message>
        <source>Checking the release…</source>
        <translation>Comprobando el comunicado…</translation>
    </message>
    <message>
        <source>No QA problem in the segments in view.</source>
        <translation>Ningún problema de QA en los segmentos visibles.</translation>
    </message>
    <message>
        <source>The release could not be checked.</source>
        <translation>No se pudo comprobar el comunicado.</translation>
    </message>
</context>
<context>
    <name>SegmentTable</name>
    <message>
        <source>Segments</source>
        <extracomment>Rows are fitted a little beyond the viewport so that scrolling by a few lines does not jump. Fitting rows makes them taller, which can push others out of view: a few passes settle it. Rows of context kept below the active row when the grid shows it... ... as long as they take at most this share of the view.</extracomment>
        <translation>Segmentos</translation>
    </message>
</context>
<context>
    <name>SegmentTableModel</name>
    <message>
        <source>#</source>
        <extracomment>Role returning the whole :class:`Segment` of a row, for views and panels that need more than text. Role returning the row&apos;s :class:`SegmentStatus` (filters and delegates use it). Role returning the logins of the other desktops that have the row&apos;s segment open (a team server). Roles views ask for that this model never answers (checked early, they are asked for every cell). (segment id, new target) when the user finished editing a target cell.</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>TM</source>
        <translation>MT</translation>
    </message>
    <message>
        <source>MT</source>
        <translation>TA</translation>
    </message>
    <message>
        <source>Human</source>
        <translation>Humana</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coinc.</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <source>Chars</source>
        <translation>Car.</translation>
    </message>
    <message>
        <source>Status of the segment (hover an icon for its name)</source>
        <translation>Estado del segmento (pase el cursor sobre un icono para ver su nombre)</translation>
    </message>
    <message>
        <source>Where the target came from: a context match (101%), a 100% or fuzzy memory match, machine translation, a repetition of a sentence confirmed in this release, or a translator</source>
        <translation>De dónde viene el destino: una coincidencia de contexto (101&#xa0;%), una coincidencia de la memoria al 100&#xa0;% o parcial, la traducción automática, la repetición de una frase confirmada en este comunicado, o un traductor</translation>
    </message>
    <message>
        <source>Words in the source</source>
        <translation>Palabras del origen</translation>
    </message>
    <message>
        <source>Characters in the source, spaces included</source>
        <translation>Caracteres del origen, espacios incluidos</translation>
    </message>
    <message>
        <source>{score}%</source>
        <translation>{score}&#xa0;%</translation>
    </message>
    <message>
        <source>Rep.</source>
        <translation>Repet.</translation>
    </message>
    <message>
        <source>{login} has this segment open</source>
        <translation>{login} tiene abierto este segmento</translation>
    </message>
    <message>
        <source>{logins} have this segment open</source>
        <translation>{logins} tienen abierto este segmento</translation>
    </message>
    <message>
        <source>Last changed by {user} on {when}</source>
        <translation>Último cambio de {user} el {when}</translation>
    </message>
    <message>
        <source>Source: {words} words, {chars} characters</source>
        <translation>Origen: {words} palabras, {chars} caracteres</translation>
    </message>
    <message>
        <source>Target: {chars} characters</source>
        <translation>Destino: {chars} caracteres</translation>
    </message>
    <message>
        <source>From the translation memory</source>
        <translation>De la memoria de traducción</translation>
    </message>
    <message>
        <source>From the translation memory, context match (101%): the same sentence between the same neighbours</source>
        <translation>De la memoria de traducción, coincidencia de contexto (101&#xa0;%): la misma frase entre las mismas vecinas</translation>
    </message>
    <message>
        <source>From the translation memory, {score}% match</source>
        <translation>De la memoria de traducción, coincidencia del {score}&#xa0;%</translation>
    </message>
    <message>
        <source>unknown provider</source>
        <translation>proveedor desconocido</translation>
    </message>
    <message>
        <source>Machine translation ({provider})</source>
        <translation>Traducción automática ({provider})</translation>
    </message>
    <message>
        <source>Written by a translator</source>
        <translation>Escrito por un traductor</translation>
    </message>
    <message>
        <source>Copied from the same sentence elsewhere in this release</source>
        <translation>Copiado de la misma frase en otra parte de este comunicado</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>SidePanels</name>
    <message>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>Concordance</source>
        <translation>Concordancia</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
</context>
<context>
    <name>SpellingController</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(sin sugerencias)</translation>
    </message>
    <message>
        <source>Add “{word}” to dictionary</source>
        <translation>Añadir «{word}» al diccionario</translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <source>New</source>
        <extracomment>The order statuses are drawn in, from done to still to do; rejected last so it stands out at the end. Segments that are left as they are (menu lines, boilerplate) get a neutral look whatever their status. Lighter shades of the same colours, readable on a dark background (see :func:`use_dark_colors`). The colour of secondary text (word counts) in the status bar, on each theme&apos;s window colour (4.5:1). The empty part of a progress bar.</extracomment>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Traducido</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>No translation yet.</source>
        <translation>Aún sin traducción.</translation>
    </message>
    <message>
        <source>A translation not yet confirmed (for example from machine translation).</source>
        <translation>Una traducción aún sin confirmar (por ejemplo, de traducción automática).</translation>
    </message>
    <message>
        <source>Confirmed by the translator, waiting for review.</source>
        <translation>Confirmado por el traductor, pendiente de revisión.</translation>
    </message>
    <message>
        <source>Approved by a reviewer.</source>
        <translation>Aprobado por un revisor.</translation>
    </message>
    <message>
        <source>Sent back by a reviewer: see the comment, then translate again.</source>
        <translation>Devuelto por un revisor: lea el comentario y vuelva a traducir.</translation>
    </message>
    <message>
        <source>Not translatable</source>
        <translation>No traducible</translation>
    </message>
    <message>
        <source>Kept as it is: navigation, menu or boilerplate text that is not part of the release.</source>
        <translation>Se conserva tal cual: navegación, menú o texto estándar que no forma parte del comunicado.</translation>
    </message>
    <message>
        <source>{words} w</source>
        <translation>{words} p</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>Suggestions for the active segment</source>
        <translation>Sugerencias para el segmento activo</translation>
    </message>
    <message>
        <source>No suggestions for this segment.</source>
        <translation>No hay sugerencias para este segmento.</translation>
    </message>
    <message>
        <source>Looking for suggestions…</source>
        <translation>Buscando sugerencias…</translation>
    </message>
    <message>
        <source>No segment selected.</source>
        <translation>Ningún segmento seleccionado.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) off for {variant}</source>
        <translation>
            <numerusform>%n punto menos por {variant}</numerusform>
            <numerusform>%n puntos menos por {variant}</numerusform>
        </translation>
    </message>
    <message>
        <source>Translation memory</source>
        <translation>Memoria de traducción</translation>
    </message>
    <message>
        <source>Machine translation</source>
        <translation>Traducción automática</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Término</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
</context>
<context>
    <name>SuggestionsTab</name>
    <message>
        <source>Source with glossary terms</source>
        <translation>Origen con los términos del glosario</translation>
    </message>
    <message>
        <source>Machine translation status</source>
        <translation>Estado de la traducción automática</translation>
    </message>
    <message>
        <source>Glossary: {source} → {target}</source>
        <translation>Glosario: {source} → {target}</translation>
    </message>
    <message>
        <source>Do not use: {variants}</source>
        <translation>No usar: {variants}</translation>
    </message>
</context>
<context>
    <name>TargetEditor</name>
    <message>
        <source>Target text</source>
        <translation>Texto de destino</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>Cancelar la tarea en curso</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>TermCapture</name>
    <message>
        <source>Open a release first: the term goes to its language pair.</source>
        <translation>Abra primero un comunicado: el término va a su par de idiomas.</translation>
    </message>
    <message>
        <source>The term was not added</source>
        <translation>El término no se ha añadido</translation>
    </message>
    <message>
        <source>Added to the glossary: {source} → {target}.</source>
        <translation>Añadido al glosario: {source} → {target}.</translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <source>Add to the glossary</source>
        <translation>Añadir al glosario</translation>
    </message>
    <message>
        <source>Edit a glossary entry</source>
        <translation>Modificar una entrada del glosario</translation>
    </message>
    <message>
        <source>Source term</source>
        <translation>Término de origen</translation>
    </message>
    <message>
        <source>Target term</source>
        <translation>Término de destino</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Do not use</source>
        <translation>No usar</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Idiomas:</translation>
    </message>
    <message>
        <source>&amp;Source term:</source>
        <translation>Término de &amp;origen:</translation>
    </message>
    <message>
        <source>&amp;Target term:</source>
        <translation>Término de &amp;destino:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Do not use:</source>
        <translation>&amp;No usar:</translation>
    </message>
    <message>
        <source>Definition, context or client</source>
        <translation>Definición, contexto o cliente</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Separadas por comas</translation>
    </message>
    <message>
        <source>Target variants not to use: QA flags them in a translation.</source>
        <translation>Variantes de destino que no se deben usar: el control de calidad las señala en una traducción.</translation>
    </message>
    <message>
        <source>Exact case (acronyms such as OIM)</source>
        <translation>Mayúsculas exactas (siglas como OIM)</translation>
    </message>
</context>
<context>
    <name>TermTableModel</name>
    <message>
        <source>Source term</source>
        <translation>Término de origen</translation>
    </message>
    <message>
        <source>Target term</source>
        <translation>Término de destino</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Do not use</source>
        <translation>No usar</translation>
    </message>
    <message>
        <source>Exact case</source>
        <translation>Mayúsculas exactas</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>System</source>
        <extracomment>Disabled text stays legible (4.5:1) yet plainly fainter than enabled text; disabled icons are drawn in it.</extracomment>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
</context>
<context>
    <name>TransferBar</name>
    <message>
        <source>Import or export progress</source>
        <translation>Progreso de la importación o exportación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the import or export</source>
        <translation>Cancelar la importación o exportación</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>TranslationAids</name>
    <message>
        <source>Preferences</source>
        <extracomment>Inserts the best match on entering an empty segment (Preferences › Insert matches from).</extracomment>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>DeepL key not set: add it in {link} for MT suggestions.</source>
        <translation>Clave de DeepL no configurada: añádala en {link} para obtener sugerencias de TA.</translation>
    </message>
    <message>
        <source>DeepL refused the key: check it in {link}.</source>
        <translation>DeepL rechazó la clave: revísela en {link}.</translation>
    </message>
    <message>
        <source>DeepL quota used up: no MT suggestion this period.</source>
        <translation>Cuota de DeepL agotada: no hay sugerencias de TA en este período.</translation>
    </message>
    <message>
        <source>DeepL did not answer in {seconds} s: no MT suggestion for this segment.</source>
        <translation>DeepL no respondió en {seconds} s: no hay sugerencia de TA para este segmento.</translation>
    </message>
    <message>
        <source>DeepL lost this language pair&apos;s glossary, even after it was sent again: no MT suggestion for now (glossary sync rebuilds it).</source>
        <translation>DeepL perdió el glosario de este par de idiomas, incluso tras enviarlo de nuevo: no hay sugerencia de TA por ahora (glossary sync lo reconstruye).</translation>
    </message>
    <message>
        <source>DeepL is receiving too many requests: try again in a moment.</source>
        <translation>DeepL está recibiendo demasiadas solicitudes: inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>DeepL had a server error: try again later.</source>
        <translation>DeepL tuvo un error de servidor: inténtelo más tarde.</translation>
    </message>
    <message>
        <source>DeepL cannot be reached: check the network connection or the proxy.</source>
        <translation>No se puede conectar con DeepL: compruebe la conexión de red o el proxy.</translation>
    </message>
    <message>
        <source>DeepL does not translate this language pair.</source>
        <translation>DeepL no traduce este par de idiomas.</translation>
    </message>
    <message>
        <source>MT unavailable</source>
        <translation>TA no disponible</translation>
    </message>
    <message>
        <source>Fetching the DeepL suggestion…</source>
        <translation>Obteniendo la sugerencia de DeepL…</translation>
    </message>
    <message>
        <source>Open a release to search its language pair&apos;s memory.</source>
        <translation>Abra un comunicado para buscar en la memoria de su par de idiomas.</translation>
    </message>
    <message>
        <source>The memory could not be searched: {error}</source>
        <translation>No se pudo buscar en la memoria: {error}</translation>
    </message>
</context>
<context>
    <name>TypingRecovery</name>
    <message>
        <source>Unsaved text from the last session</source>
        <translation>Texto no guardado de la última sesión</translation>
    </message>
    <message>
        <source>Restore it</source>
        <translation>Recuperarlo</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartarlo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Text you were typing in segment {n} of “{title}” was not saved when the app stopped.&lt;/b&gt;</source>
        <translation>&lt;b&gt;El texto que escribía en el segmento {n} de «{title}» no se guardó cuando se cerró la aplicación.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your text: “{text}”</source>
        <translation>Su texto: «{text}»</translation>
    </message>
</context>
<context>
    <name>UnitTableModel</name>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modificada por</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificada</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <source>&amp;View</source>
        <extracomment>Text sizes offered in View › Text size (0 is the system&apos;s).</extracomment>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>Tamaño del te&amp;xto</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Tamaño del sistema</translation>
    </message>
    <message>
        <source>{size} pt</source>
        <translation>{size} pt</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Open and import…</source>
        <translation>&amp;Abrir e importar…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Update from a revised source…</source>
        <translation>A&amp;ctualizar desde una fuente revisada…</translation>
    </message>
    <message>
        <source>&amp;Merge a returned file…</source>
        <translation>&amp;Fusionar un archivo devuelto…</translation>
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
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>Find and rep&amp;lace…</source>
        <translation>Buscar y reempla&amp;zar…</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Coincidencia &amp;siguiente</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Coincidencia a&amp;nterior</translation>
    </message>
    <message>
        <source>&amp;Copy source to target</source>
        <translation>&amp;Copiar origen en destino</translation>
    </message>
    <message>
        <source>Insert next &amp;tag</source>
        <translation>Insertar la siguiente &amp;etiqueta</translation>
    </message>
    <message>
        <source>Search the &amp;memory…</source>
        <translation>Buscar en la &amp;memoria…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Segment</source>
        <translation>&amp;Segmento</translation>
    </message>
    <message>
        <source>&amp;Go to segment…</source>
        <translation>&amp;Ir al segmento…</translation>
    </message>
    <message>
        <source>Next &amp;unconfirmed segment</source>
        <translation>Siguiente sin co&amp;nfirmar</translation>
    </message>
    <message>
        <source>Previous unconfirme&amp;d segment</source>
        <translation>Anterior sin confir&amp;mar</translation>
    </message>
    <message>
        <source>Next segment with a &amp;QA problem</source>
        <translation>Siguiente con un problema de &amp;QA</translation>
    </message>
    <message>
        <source>Next re&amp;jected segment</source>
        <translation>Siguiente segmento &amp;rechazado</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <source>Approve all translated &amp;without QA errors</source>
        <translation>Aprobar todos los traducidos &amp;sin errores de QA</translation>
    </message>
    <message>
        <source>&amp;Sign off release…</source>
        <translation>&amp;Validar el comunicado…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Hide lines not to translate</source>
        <translation>&amp;Ocultar las líneas que no se traducen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Confirm and go to next</source>
        <translation>&amp;Confirmar y pasar al siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous segment</source>
        <translation>Segmento &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next segment</source>
        <translation>Segmento &amp;siguiente</translation>
    </message>
    <message>
        <source>Translate or &amp;skip this segment</source>
        <translation>&amp;Traducir u omitir este segmento</translation>
    </message>
    <message>
        <source>Insert suggestion {n}</source>
        <translation>Insertar la sugerencia {n}</translation>
    </message>
    <message>
        <source>&amp;Approve and go to next</source>
        <translation>&amp;Aprobar y pasar al siguiente</translation>
    </message>
    <message>
        <source>&amp;Reject with a comment…</source>
        <translation>&amp;Rechazar con un comentario…</translation>
    </message>
    <message>
        <source>&amp;Pre-translate…</source>
        <translation>&amp;Pretraducir…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About Release Translator</source>
        <translation>&amp;Acerca de Release Translator</translation>
    </message>
    <message>
        <source>Add to the &amp;glossary…</source>
        <translation>Añadir al &amp;glosario…</translation>
    </message>
    <message>
        <source>&amp;Memory and glossary…</source>
        <translation>&amp;Memoria y glosario…</translation>
    </message>
</context>
<context>
    <name>WindowHost</name>
    <message>
        <source>The database is set by {what} for this session.</source>
        <translation>La base de datos la fija {what} en esta sesión.</translation>
    </message>
</context>
<context>
    <name>WorkspaceStatusBar</name>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Traductor</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Base de datos: {location}</translation>
    </message>
    <message>
        <source>{translated}% translated · {approved}% approved</source>
        <translation>{translated}&#xa0;% traducido · {approved}&#xa0;% aprobado</translation>
    </message>
    <message>
        <source>{status}: {segments}, {words}</source>
        <translation>{status}: {segments}, {words}</translation>
    </message>
    <message>
        <source>Total: {segments}, {words}</source>
        <translation>Total: {segments}, {words}</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segmento</numerusform>
            <numerusform>%n segmentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
</context>
</TS>
