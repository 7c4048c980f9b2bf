<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Releases</source>
        <extracomment>Object name → accessible name of widgets known by their attribute on the window.</extracomment>
        <translation>Communiqués</translation>
    </message>
    <message>
        <source>Search releases</source>
        <translation>Rechercher des communiqués</translation>
    </message>
    <message>
        <source>Filters the releases by title or language</source>
        <translation>Filtre les communiqués par titre ou par langue</translation>
    </message>
    <message>
        <source>Title, languages, progress and last change of each release</source>
        <translation>Titre, langues, progression et dernière modification de chaque communiqué</translation>
    </message>
    <message>
        <source>Segment details</source>
        <translation>Détails du segment</translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Fermer l&apos;avis</translation>
    </message>
</context>
<context>
    <name>AppearanceFields</name>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Taille du système</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>Taille du texte&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Comments</source>
        <extracomment>(text, thread root id or None for a new thread) (thread root id, resolved)</extracomment>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Comment threads</source>
        <translation>Fils de commentaires</translation>
    </message>
    <message>
        <source>No comments on this segment.</source>
        <translation>Aucun commentaire sur ce segment.</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Nouveau commentaire</translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <translation>Écrire un commentaire…</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commenter</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>{author} · {when}</source>
        <translation>{author} · {when}</translation>
    </message>
    <message>
        <source>rejection</source>
        <translation>rejet</translation>
    </message>
    <message>
        <source>QA override</source>
        <translation>dérogation AQ</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
</context>
<context>
    <name>ConcordancePanel</name>
    <message>
        <source>Concordance</source>
        <translation>Concordance</translation>
    </message>
    <message>
        <source>Phrase to search in the memory</source>
        <translation>Expression à rechercher dans la mémoire</translation>
    </message>
    <message>
        <source>Search the memory (Ctrl+K)…</source>
        <translation>Rechercher dans la mémoire (Ctrl+K)…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Concordance results</source>
        <translation>Résultats de la concordance</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>“{phrase}” is not in the memory.</source>
        <translation>«&#xa0;{phrase}&#xa0;» ne figure pas dans la mémoire.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) with “{phrase}”</source>
        <translation>
            <numerusform>%n unité avec «&#xa0;{phrase}&#xa0;»</numerusform>
            <numerusform>%n unités avec «&#xa0;{phrase}&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <source>Editing conflict</source>
        <translation>Conflit de modification</translation>
    </message>
    <message>
        <source>Use my text</source>
        <translation>Garder mon texte</translation>
    </message>
    <message>
        <source>Save your text over the version now stored</source>
        <translation>Enregistrer votre texte à la place de la version enregistrée</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Garder l&apos;autre version</translation>
    </message>
    <message>
        <source>Drop your text and keep the stored version</source>
        <translation>Abandonner votre texte et garder la version enregistrée</translation>
    </message>
    <message>
        <source>&lt;b&gt;Segment {n} was changed by {user} while you were working on it.&lt;/b&gt; Your text was not saved.</source>
        <translation>&lt;b&gt;Le segment {n} a été modifié par {user} pendant que vous y travailliez.&lt;/b&gt; Votre texte n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>Stored now: “{text}”</source>
        <translation>Version enregistrée&#xa0;: «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>Your text: “{text}”</source>
        <translation>Votre texte&#xa0;: «&#xa0;{text}&#xa0;»</translation>
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
        <translation>Retour au texte qu&apos;avait le segment à son ouverture&#xa0;; Ctrl+Z rétablit le vôtre.</translation>
    </message>
    <message>
        <source>Confirm segment {n}</source>
        <translation>Confirmer le segment {n}</translation>
    </message>
    <message>
        <source>Edit segment {n}</source>
        <translation>Modifier le segment {n}</translation>
    </message>
    <message numerus="yes">
        <source>Segment {n} confirmed; %n repetition(s) filled as drafts (segments {rows}). Ctrl+Z takes them back with it.</source>
        <translation>
            <numerusform>Segment {n} confirmé&#xa0;;&#xa0;%n répétition remplie comme brouillon (segments {rows}). Ctrl+Z l&apos;annule avec lui.</numerusform>
            <numerusform>Segment {n} confirmé&#xa0;;&#xa0;%n répétitions remplies comme brouillons (segments {rows}). Ctrl+Z les annule avec lui.</numerusform>
        </translation>
    </message>
    <message>
        <source>No more segments to do in this view.</source>
        <translation>Plus aucun segment à traiter dans cette vue.</translation>
    </message>
    <message>
        <source>No tag of the source is missing from the target.</source>
        <translation>Aucune balise de la source ne manque dans la cible.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>the file is empty</source>
        <extracomment>Called by this name with a literal context and text, so that ``lupdate`` finds every sentence.</extracomment>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>this is not a text document</source>
        <translation>ce n&apos;est pas un document texte</translation>
    </message>
    <message>
        <source>this file format is not supported (use text, Markdown, HTML or Word)</source>
        <translation>ce format de fichier n&apos;est pas pris en charge (utilisez du texte, Markdown, HTML ou Word)</translation>
    </message>
    <message>
        <source>the document is damaged and cannot be read</source>
        <translation>le document est endommagé et ne peut pas être lu</translation>
    </message>
    <message>
        <source>the document contains XML entity declarations, refused for safety</source>
        <translation>le document contient des déclarations d&apos;entités XML, refusées par sécurité</translation>
    </message>
    <message>
        <source>not a language code (use fr, en, es, en-GB…)</source>
        <translation>ce n&apos;est pas un code de langue (utilisez fr, en, es, en-GB…)</translation>
    </message>
    <message>
        <source>the source and target languages are the same</source>
        <translation>les langues source et cible sont identiques</translation>
    </message>
    <message>
        <source>the input cannot be used</source>
        <translation>les données fournies ne sont pas utilisables</translation>
    </message>
    <message>
        <source>The server signed you in as {login}, not {claimed}: leave the user name out, or connect as {claimed}.</source>
        <translation>Le serveur vous a connecté en tant que {login}, pas {claimed}&#xa0;: n’indiquez pas de nom d’utilisateur, ou connectez-vous en tant que {claimed}.</translation>
    </message>
    <message>
        <source>{login} is a {team_role} on this server, not a {claimed}: an admin changes roles with “translator-app admin set-role”.</source>
        <translation>{login} a le rôle {team_role} sur ce serveur, pas {claimed}&#xa0;: un administrateur change les rôles avec «&#xa0;translator-app admin set-role&#xa0;».</translation>
    </message>
    <message>
        <source>{login} is not a member of any Release Translator group on {url}: ask an admin to add you.</source>
        <translation>{login} n’est membre d’aucun groupe de Release Translator sur {url}&#xa0;: demandez à un administrateur de vous ajouter.</translation>
    </message>
    <message>
        <source>The database {url} is not set up for Release Translator: its owner runs “translator-app admin init” once.</source>
        <translation>La base {url} n’est pas préparée pour Release Translator&#xa0;: son propriétaire lance une fois «&#xa0;translator-app admin init&#xa0;».</translation>
    </message>
    <message>
        <source>The database {url} is at schema {found} and this version of the app needs {needed}: the database owner runs “translator-app admin init” to upgrade it.</source>
        <translation>La base {url} est au schéma {found} et cette version de l’application demande {needed}&#xa0;: le propriétaire de la base lance «&#xa0;translator-app admin init&#xa0;» pour la mettre à jour.</translation>
    </message>
    <message>
        <source>The team server refused this: {reason}</source>
        <translation>Le serveur de l’équipe a refusé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Only the owner of the database ({owner}) sets it up and upgrades it; you are {login}.</source>
        <translation>Seul le propriétaire de la base ({owner}) la prépare et la met à jour&#xa0;; vous êtes {login}.</translation>
    </message>
    <message>
        <source>{what} needs a PostgreSQL team database, not {url}.</source>
        <translation>{what} demande une base d’équipe PostgreSQL, pas {url}.</translation>
    </message>
    <message>
        <source>Not a usable user name: {name} (lower-case letters, digits, “.”, “_” and “-”, starting with a letter, at most 63 characters).</source>
        <translation>Nom d’utilisateur inutilisable&#xa0;: {name} (minuscules, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;», commençant par une lettre, 63 caractères au plus).</translation>
    </message>
    <message>
        <source>No password was given for {login} on {url}: the workspace was not opened.</source>
        <translation>Aucun mot de passe n’a été donné pour {login} sur {url}&#xa0;: l’espace de travail n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>translator</source>
        <translation>traducteur</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>réviseur</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Erreur inattendue&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Only a reviewer can approve or reject segments.</source>
        <translation>Seul un réviseur peut approuver ou rejeter des segments.</translation>
    </message>
    <message>
        <source>A rejection needs a comment that says what to fix.</source>
        <translation>Un rejet nécessite un commentaire qui indique quoi corriger.</translation>
    </message>
    <message>
        <source>This segment cannot take that step from its current status.</source>
        <translation>Ce segment ne peut pas passer à cette étape depuis son statut actuel.</translation>
    </message>
    <message>
        <source>An empty target cannot be confirmed.</source>
        <translation>Une cible vide ne peut pas être confirmée.</translation>
    </message>
    <message>
        <source>This segment is marked not to be translated.</source>
        <translation>Ce segment est marqué comme à ne pas traduire.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Not found (it may have been deleted).</source>
        <translation>Introuvable (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <source>Segments not approved yet ({count}): {numbers}. Tick “Export unapproved segments” to export anyway.</source>
        <translation>Segments pas encore approuvés ({count})&#xa0;: {numbers}. Cochez «&#xa0;Exporter les segments non approuvés&#xa0;» pour exporter quand même.</translation>
    </message>
    <message>
        <source>The operation was refused ({code}).</source>
        <translation>L&apos;opération a été refusée ({code}).</translation>
    </message>
    <message>
        <source>the file is too large ({size} bytes; the limit is {limit})</source>
        <translation>le fichier est trop volumineux ({size} octets&#xa0;; la limite est {limit})</translation>
    </message>
    <message>
        <source>the file would make more than {limit} segments, the most a release may have</source>
        <translation>le fichier donnerait plus de {limit} segments, le maximum pour un communiqué</translation>
    </message>
    <message>
        <source>the file has more than {limit} lines of text, each at least one segment</source>
        <translation>le fichier a plus de {limit} lignes de texte, chacune au moins un segment</translation>
    </message>
    <message>
        <source>the table starting on line {line} has more than {limit} cells</source>
        <translation>le tableau qui commence à la ligne {line} a plus de {limit} cellules</translation>
    </message>
    <message>
        <source>the document has more markup than can be read safely (near line {line})</source>
        <translation>le document contient plus de balisage qu’il n’est possible d’en lire sans risque (vers la ligne {line})</translation>
    </message>
    <message>
        <source>the document has more markup than can be read safely</source>
        <translation>le document contient plus de balisage qu’il n’est possible d’en lire sans risque</translation>
    </message>
    <message>
        <source>lists or quotes are nested more than {limit} levels deep</source>
        <translation>des listes ou des citations sont imbriquées sur plus de {limit} niveaux</translation>
    </message>
    <message>
        <source>the file holds no text to translate (only code, markup or images)</source>
        <translation>le fichier ne contient aucun texte à traduire (seulement du code, du balisage ou des images)</translation>
    </message>
    <message>
        <source>the file is not valid {encoding}</source>
        <translation>le fichier n’est pas du {encoding} valide</translation>
    </message>
    <message>
        <source>the file is UTF-8 but damaged on line {line}; repair it or save it again as UTF-8</source>
        <translation>le fichier est en UTF-8 mais endommagé à la ligne {line}&#xa0;; réparez-le ou enregistrez-le de nouveau en UTF-8</translation>
    </message>
    <message>
        <source>the text encoding cannot be recognised; save the file as UTF-8 and import it again</source>
        <translation>l’encodage du texte n’est pas reconnu&#xa0;; enregistrez le fichier en UTF-8 et importez-le de nouveau</translation>
    </message>
    <message>
        <source>the encoding {encoding} is not supported; save the file as UTF-8</source>
        <translation>l’encodage {encoding} n’est pas pris en charge&#xa0;; enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <source>a row of the CSV file cannot be read ({reason})</source>
        <translation>une ligne du fichier CSV est illisible ({reason})</translation>
    </message>
    <message>
        <source>the memory holds no translation unit with text in two languages (missing xml:lang attributes?)</source>
        <translation>la mémoire ne contient aucune unité de traduction avec du texte en deux langues (attributs xml:lang manquants&#xa0;?)</translation>
    </message>
    <message>
        <source>the glossary holds no entry with both a source and a target term</source>
        <translation>le glossaire ne contient aucune entrée avec à la fois un terme source et un terme cible</translation>
    </message>
    <message>
        <source>a glossary term is longer than {limit} characters</source>
        <translation>un terme du glossaire dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>a {release_format} release cannot be exported as {format}; choose one of: {choices}</source>
        <translation>un communiqué {release_format} ne peut pas être exporté en {format}&#xa0;; choisissez parmi&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>le fichier est illisible ({reason})</translation>
    </message>
    <message>
        <source>the release has no copy of its original document to rebuild it from</source>
        <translation>le communiqué n’a pas de copie de son document d’origine pour le reconstruire</translation>
    </message>
    <message>
        <source>the stored document no longer matches its segments; export to another format</source>
        <translation>le document enregistré ne correspond plus à ses segments&#xa0;; exportez vers un autre format</translation>
    </message>
    <message>
        <source>this is not a TMX file</source>
        <translation>ce n’est pas un fichier TMX</translation>
    </message>
    <message>
        <source>this is not a TBX file</source>
        <translation>ce n’est pas un fichier TBX</translation>
    </message>
    <message>
        <source>no entry in the file is in the language pair asked for (the file has: {found})</source>
        <translation>aucune entrée du fichier n’est dans la paire de langues demandée (le fichier contient&#xa0;: {found})</translation>
    </message>
    <message>
        <source>choose the language pair the glossary belongs to</source>
        <translation>choisissez la paire de langues du glossaire</translation>
    </message>
    <message>
        <source>a glossary entry needs both a source and a target term</source>
        <translation>une entrée du glossaire a besoin d’un terme source et d’un terme cible</translation>
    </message>
    <message>
        <source>a memory unit needs both a source and a target</source>
        <translation>une unité de la mémoire a besoin d’une source et d’une cible</translation>
    </message>
    <message>
        <source>not a glossary file (use .tbx or .csv)</source>
        <translation>ce n’est pas un fichier de glossaire (utilisez .tbx ou .csv)</translation>
    </message>
    <message>
        <source>not a file exported by this app for a release of this workspace; nothing was merged</source>
        <translation>ce fichier n’a pas été exporté par cette application pour un communiqué de cet espace de travail&#xa0;; rien n’a été fusionné</translation>
    </message>
    <message>
        <source>the source of segment {segment} no longer matches the release (updated since the export?); nothing was merged</source>
        <translation>la source du segment {segment} ne correspond plus au communiqué (mis à jour depuis l’exportation&#xa0;?)&#xa0;; rien n’a été fusionné</translation>
    </message>
    <message>
        <source>segment {segment} has a broken or unknown tag ({tag}); nothing was merged</source>
        <translation>le segment {segment} a une balise cassée ou inconnue ({tag})&#xa0;; rien n’a été fusionné</translation>
    </message>
    <message>
        <source>the numbers or sources of the review table were changed; nothing was merged</source>
        <translation>les numéros ou les sources du tableau de révision ont été modifiés&#xa0;; rien n’a été fusionné</translation>
    </message>
    <message>
        <source>a review table in Word holds at most {limit} segments and this release has {count}: export XLIFF for another tool instead</source>
        <translation>un tableau de révision Word contient au plus {limit} segments et ce communiqué en a {count}&#xa0;: exportez plutôt en XLIFF pour un autre outil</translation>
    </message>
    <message>
        <source>segments {segments} still have tracked changes: accept or reject them in Word, or merge again taking them as they are; nothing was merged</source>
        <translation>les segments {segments} ont encore des modifications suivies&#xa0;: acceptez-les ou refusez-les dans Word, ou fusionnez de nouveau en les prenant telles quelles&#xa0;; rien n’a été fusionné</translation>
    </message>
    <message>
        <source>DeepL has no such model</source>
        <translation>DeepL n’a pas ce modèle</translation>
    </message>
    <message>
        <source>not a formality DeepL knows</source>
        <translation>registre inconnu de DeepL</translation>
    </message>
    <message>
        <source>The segment was changed by {changed_by} since you opened it; nothing was saved.</source>
        <translation>Le segment a été modifié par {changed_by} depuis que vous l’avez ouvert&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The database {url} cannot be reached: {reason}</source>
        <translation>La base de données {url} est injoignable&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The database was written by a newer version of the app: update the app to open it.</source>
        <translation>La base de données a été écrite par une version plus récente de l’application&#xa0;: mettez l’application à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Not a database address the app can use: {url}</source>
        <translation>Adresse de base de données inutilisable par l’application&#xa0;: {url}</translation>
    </message>
    <message>
        <source>No DeepL key: add it in Preferences or set DEEPL_AUTH_KEY.</source>
        <translation>Pas de clé DeepL&#xa0;: ajoutez-la dans les Préférences ou définissez DEEPL_AUTH_KEY.</translation>
    </message>
    <message>
        <source>DeepL refused the key: check it in Preferences.</source>
        <translation>DeepL a refusé la clé&#xa0;: vérifiez-la dans les Préférences.</translation>
    </message>
    <message>
        <source>The DeepL quota of this period is used up.</source>
        <translation>Le quota DeepL de la période est épuisé.</translation>
    </message>
    <message>
        <source>DeepL is receiving too many requests: try again in a moment.</source>
        <translation>DeepL reçoit trop de demandes&#xa0;: réessayez dans un instant.</translation>
    </message>
    <message>
        <source>DeepL had a server error: try again later.</source>
        <translation>DeepL a eu une erreur de serveur&#xa0;: réessayez plus tard.</translation>
    </message>
    <message>
        <source>DeepL cannot be reached: check the network connection or the proxy.</source>
        <translation>DeepL est injoignable&#xa0;: vérifiez la connexion réseau ou le proxy.</translation>
    </message>
    <message>
        <source>DeepL did not answer in {seconds} s: try again later.</source>
        <translation>DeepL n’a pas répondu en {seconds} s&#xa0;: réessayez plus tard.</translation>
    </message>
    <message>
        <source>Stopped on request.</source>
        <translation>Arrêté à la demande.</translation>
    </message>
    <message>
        <source>DeepL no longer has this workspace&apos;s glossary, even after recreating it.</source>
        <translation>DeepL n’a plus le glossaire de cet espace de travail, même après l’avoir recréé.</translation>
    </message>
    <message>
        <source>The DeepL quota left is too short for this: nothing was sent.</source>
        <translation>Le quota DeepL restant est insuffisant&#xa0;: rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>DeepL rejected the request: {reason}</source>
        <translation>DeepL a rejeté la demande&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>DeepL does not translate {language}.</source>
        <translation>DeepL ne traduit pas le {language}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason} (nothing was changed there).</source>
        <translation>Impossible d’écrire {path}&#xa0;: {reason} (rien n’y a été modifié).</translation>
    </message>
    <message>
        <source>The segment has QA errors: fix them, or approve it anyway with a reason.</source>
        <translation>Le segment a des erreurs AQ&#xa0;: corrigez-les, ou approuvez-le quand même avec une raison.</translation>
    </message>
    <message>
        <source>Approving despite QA errors needs a reason, which is recorded.</source>
        <translation>Approuver malgré des erreurs AQ demande une raison, qui est enregistrée.</translation>
    </message>
    <message>
        <source>The release cannot be signed off: segments not approved yet ({count}): {numbers}.</source>
        <translation>Le communiqué ne peut pas être validé&#xa0;: segments pas encore approuvés ({count})&#xa0;: {numbers}.</translation>
    </message>
    <message>
        <source>The segment has no such earlier version.</source>
        <translation>Le segment n’a pas cette version antérieure.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the translation</source>
        <extracomment>What each format&apos;s file is called after the title and the target language. Formats that carry every segment as it stands (not only the approved text).</extracomment>
        <translation>Exporter la traduction</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format de fichier</translation>
    </message>
    <message>
        <source>Text (.txt)</source>
        <translation>Texte (.txt)</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation>Page web (.html)</translation>
    </message>
    <message>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <source>Review report (.html, or .csv)</source>
        <translation>Rapport de révision (.html ou .csv)</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Export unapproved segments (their current text)</source>
        <translation>Exporter les segments non approuvés (leur texte actuel)</translation>
    </message>
    <message>
        <source>Keep text marked not to translate (menus)</source>
        <translation>Garder le texte marqué à ne pas traduire (menus)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>XLIFF 2.1, for another CAT tool (.xlf)</source>
        <translation>XLIFF 2.1, pour un autre outil de TAO (.xlf)</translation>
    </message>
    <message>
        <source>XLIFF 1.2, for OmegaT, Trados or memoQ (.xlf)</source>
        <translation>XLIFF 1.2, pour OmegaT, Trados ou memoQ (.xlf)</translation>
    </message>
    <message>
        <source>Review table, for Word (.docx)</source>
        <translation>Tableau de révision, pour Word (.docx)</translation>
    </message>
    <message>
        <source>Segments not approved yet</source>
        <translation>Segments pas encore approuvés</translation>
    </message>
    <message>
        <source>Show them in the grid</source>
        <translation>Les afficher dans la grille</translation>
    </message>
    <message numerus="yes">
        <source>Not exported: %n segment(s) not approved yet. Approve them, or tick “Export unapproved segments” to export their current text.</source>
        <translation>
            <numerusform>Pas d’exportation&#xa0;: %n segment n’est pas encore approuvé. Approuvez-le, ou cochez «&#xa0;Exporter les segments non approuvés&#xa0;» pour exporter son texte actuel.</numerusform>
            <numerusform>Pas d’exportation&#xa0;: %n segments ne sont pas encore approuvés. Approuvez-les, ou cochez «&#xa0;Exporter les segments non approuvés&#xa0;» pour exporter leur texte actuel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportSummary</name>
    <message>
        <source>Review report written to {name} ({rows} segments).</source>
        <translation>Rapport de révision écrit dans {name} ({rows} segments).</translation>
    </message>
    <message>
        <source>Signed off by {user} ({when}).</source>
        <translation>Validé par {user} ({when}).</translation>
    </message>
    <message>
        <source>Not signed off.</source>
        <translation>Non validé.</translation>
    </message>
</context>
<context>
    <name>FileFlows</name>
    <message>
        <source>Open a press release</source>
        <translation>Ouvrir un communiqué de presse</translation>
    </message>
    <message>
        <source>Releases (*.txt *.md *.markdown *.html *.htm *.docx);;All files (*)</source>
        <translation>Communiqués (*.txt *.md *.markdown *.html *.htm *.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importation de {name}…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>Splitting into segments…</source>
        <translation>Découpage en segments…</translation>
    </message>
    <message>
        <source>Saving the release…</source>
        <translation>Enregistrement du communiqué…</translation>
    </message>
    <message>
        <source>Release imported.</source>
        <translation>Communiqué importé.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was stored.</source>
        <translation>Importation annulée&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l&apos;importation</translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>Exportation vers {name}…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n segment(s).</source>
        <translation>
            <numerusform>%n segment exporté.</numerusform>
            <numerusform>%n segments exportés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them not approved yet.</source>
        <translation>
            <numerusform>%n d&apos;entre eux n&apos;est pas encore approuvé.</numerusform>
            <numerusform>%n d&apos;entre eux ne sont pas encore approuvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>{name} is not UTF-8: it was read as {encoding}, the encoding its text reads best in. Check the segments for garbled letters.</source>
        <translation>{name} n’est pas en UTF-8&#xa0;: il a été lu en {encoding}, l’encodage dans lequel son texte se lit le mieux. Vérifiez que les segments n’ont pas de lettres illisibles.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>To do (new, draft, rejected)</source>
        <translation>À faire (nouveau, brouillon, rejeté)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Traduit</translation>
    </message>
    <message>
        <source>To review (translated, not approved)</source>
        <translation>À réviser (traduit, non approuvé)</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Not translatable</source>
        <translation>Non traduisible</translation>
    </message>
    <message>
        <source>All origins</source>
        <translation>Toutes les origines</translation>
    </message>
    <message>
        <source>Human</source>
        <translation>Humaine</translation>
    </message>
    <message>
        <source>Translation memory</source>
        <translation>Mémoire de traduction</translation>
    </message>
    <message>
        <source>Machine translation</source>
        <translation>Traduction automatique</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>No target yet</source>
        <translation>Pas encore de cible</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Filter by origin</source>
        <translation>Filtrer par origine</translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation>Filtrer par texte</translation>
    </message>
    <message>
        <source>Filter source and target…</source>
        <translation>Filtrer le texte…</translation>
    </message>
    <message>
        <source>Show all segments</source>
        <translation>Afficher tous les segments</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>{shown} sur {total} affichés</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation>Pas encore approuvés</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Rechercher dans</translation>
    </message>
    <message>
        <source>In target</source>
        <translation>Dans la cible</translation>
    </message>
    <message>
        <source>In source</source>
        <translation>Dans la source</translation>
    </message>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Mot</translation>
    </message>
    <message>
        <source>Whole word</source>
        <translation>Mot entier</translation>
    </message>
    <message>
        <source>.*</source>
        <translation>.*</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <source>Only segments in status</source>
        <translation>Uniquement les segments au statut</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Esc)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Replace all…</source>
        <translation>Tout remplacer…</translation>
    </message>
    <message>
        <source>Lists the segments to change first, each with a tick</source>
        <translation>Liste d’abord les segments à modifier, chacun avec une case à cocher</translation>
    </message>
    <message>
        <source>Preserve case</source>
        <translation>Conserver la casse</translation>
    </message>
    <message>
        <source>Invalid regular expression: {error}</source>
        <translation>Expression régulière non valide&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Invalid pattern</source>
        <translation>Motif non valide</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>No match.</source>
        <translation>Aucune occurrence.</translation>
    </message>
    <message>
        <source>Invalid replacement: {error}</source>
        <translation>Remplacement non valide&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Nothing to replace.</source>
        <translation>Rien à remplacer.</translation>
    </message>
    <message>
        <source>Replace all “{text}”</source>
        <translation>Remplacer toutes les occurrences de «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Replaced in %n segment(s).</source>
        <translation>
            <numerusform>Remplacé dans %n segment.</numerusform>
            <numerusform>Remplacé dans %n segments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>Glossary terms</source>
        <translation>Termes du glossaire</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>Rechercher dans le glossaire</translation>
    </message>
    <message>
        <source>Search terms and notes…</source>
        <translation>Rechercher des termes et des notes…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Import a TBX or CSV glossary into this language pair</source>
        <translation>Importer un glossaire TBX ou CSV dans cette paire de langues</translation>
    </message>
    <message>
        <source>Export this language pair&apos;s glossary as TBX or CSV</source>
        <translation>Exporter le glossaire de cette paire de langues en TBX ou CSV</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n terme</numerusform>
            <numerusform>%n termes</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} terms</source>
        <translation>{shown} termes sur {total}</translation>
    </message>
    <message>
        <source>The term was not changed</source>
        <translation>Le terme n’a pas été modifié</translation>
    </message>
    <message>
        <source>The term was not added</source>
        <translation>Le terme n’a pas été ajouté</translation>
    </message>
    <message>
        <source>Select the terms to delete first.</source>
        <translation>Sélectionnez d’abord les termes à supprimer.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n term(s) from the glossary?</source>
        <translation>
            <numerusform>Supprimer %n terme du glossaire&#xa0;?</numerusform>
            <numerusform>Supprimer %n termes du glossaire&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>A term was not deleted</source>
        <translation>Un terme n’a pas été supprimé</translation>
    </message>
    <message>
        <source>Import a glossary</source>
        <translation>Importer un glossaire</translation>
    </message>
    <message>
        <source>Glossaries (*.tbx *.csv *.tsv *.xml *.txt);;All files (*)</source>
        <translation>Glossaires (*.tbx *.csv *.tsv *.xml *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>{name}: {added} terms added, {updated} updated ({pair}).</source>
        <translation>{name}&#xa0;: {added} termes ajoutés, {updated} mis à jour ({pair}).</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importation de {name}…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was added to the glossary.</source>
        <translation>Importation annulée&#xa0;: rien n’a été ajouté au glossaire.</translation>
    </message>
    <message>
        <source>Export the glossary</source>
        <translation>Exporter le glossaire</translation>
    </message>
    <message>
        <source>TBX (*.tbx);;CSV, for a spreadsheet (*.csv)</source>
        <translation>TBX (*.tbx);;CSV, pour un tableur (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) exported to {name}.</source>
        <translation>
            <numerusform>%n terme exporté vers {name}.</numerusform>
            <numerusform>%n termes exportés vers {name}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>Exportation vers {name}…</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportation annulée&#xa0;: aucun fichier n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>HandoffFlows</name>
    <message>
        <source>Open the release that the revised source replaces.</source>
        <translation>Ouvrez le communiqué que la source révisée remplace.</translation>
    </message>
    <message>
        <source>Revised source of “{title}”</source>
        <translation>Source révisée de «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Releases (*.txt *.md *.markdown *.html *.htm *.docx);;All files (*)</source>
        <translation>Communiqués (*.txt *.md *.markdown *.html *.htm *.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Updating from {name}…</source>
        <translation>Mise à jour depuis {name}…</translation>
    </message>
    <message>
        <source>Release updated: {unchanged} unchanged, {changed} changed (kept as drafts), {added} new, {removed} removed (archived).</source>
        <translation>Communiqué mis à jour&#xa0;: {unchanged} inchangé(s), {changed} modifié(s) (gardé(s) en brouillon), {added} nouveau(x), {removed} supprimé(s) (archivé(s)).</translation>
    </message>
    <message>
        <source>Merge a returned XLIFF file or review table</source>
        <translation>Fusionner un fichier XLIFF ou un tableau de révision renvoyé</translation>
    </message>
    <message>
        <source>Returned files (*.xlf *.xliff *.docx);;All files (*)</source>
        <translation>Fichiers renvoyés (*.xlf *.xliff *.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Merging {name}…</source>
        <translation>Fusion de {name}…</translation>
    </message>
    <message>
        <source>Merged: {changed}, {comments}.</source>
        <translation>Fusion terminée&#xa0;: {changed}, {comments}.</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) changed</source>
        <translation>
            <numerusform>%n segment modifié</numerusform>
            <numerusform>%n segments modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) added</source>
        <translation>
            <numerusform>%n commentaire ajouté</numerusform>
            <numerusform>%n commentaires ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n segment(s) changed here since the export.</source>
        <translation>
            <numerusform>%n segment modifié ici depuis l&apos;export a été conservé.</numerusform>
            <numerusform>%n segments modifiés ici depuis l&apos;export ont été conservés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left %n approved segment(s) unchanged.</source>
        <translation>
            <numerusform>%n segment approuvé laissé inchangé.</numerusform>
            <numerusform>%n segments approuvés laissés inchangés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Segments changed since the export</source>
        <translation>Segments modifiés depuis l&apos;export</translation>
    </message>
    <message numerus="yes">
        <source>Replace the current text of these %n segment(s) with the file&apos;s? Each change is kept in its history.</source>
        <translation>
            <numerusform>Remplacer le texte actuel de %n segment par celui du fichier&#xa0;? Chaque modification reste dans son historique.</numerusform>
            <numerusform>Remplacer le texte actuel de ces %n segments par celui du fichier&#xa0;? Chaque modification reste dans son historique.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the file&apos;s text</source>
        <translation>Utiliser le texte du fichier</translation>
    </message>
    <message>
        <source>Keep the current text</source>
        <translation>Garder le texte actuel</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>Tracked changes</source>
        <translation>Modifications suivies</translation>
    </message>
    <message>
        <source>A review table may still hold changes tracked in Word. Take them as accepted (deletions dropped, insertions kept), or refuse the table while any remain, so that they are looked at in Word first?</source>
        <translation>Un tableau de révision peut encore contenir des modifications suivies dans Word. Les prendre comme acceptées (suppressions retirées, insertions gardées), ou refuser le tableau tant qu’il en reste, pour qu’elles soient examinées d’abord dans Word&#xa0;?</translation>
    </message>
    <message>
        <source>Take them</source>
        <translation>Les prendre</translation>
    </message>
    <message>
        <source>Refuse the table</source>
        <translation>Refuser le tableau</translation>
    </message>
</context>
<context>
    <name>HiddenLinesSwitch</name>
    <message numerus="yes">
        <source>%n line(s) of this release are not to be translated.</source>
        <translation>
            <numerusform>%n ligne de ce communiqué n&apos;est pas à traduire.</numerusform>
            <numerusform>%n lignes de ce communiqué ne sont pas à traduire.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDiffPanel</name>
    <message>
        <source>Word diff of the selected change</source>
        <extracomment>The version number (0 = the text before the first change) the user wants back.</extracomment>
        <translation>Différences mot à mot de la modification sélectionnée</translation>
    </message>
    <message>
        <source>Word diff</source>
        <translation>Différences mot à mot</translation>
    </message>
    <message>
        <source>Revert to this version</source>
        <translation>Revenir à cette version</translation>
    </message>
    <message>
        <source>Put the target back as it was after the selected change</source>
        <translation>Remettre la cible telle qu&apos;elle était après la modification sélectionnée</translation>
    </message>
    <message>
        <source>Select a change of target to see its word diff.</source>
        <translation>Sélectionnez une modification de la cible pour voir ses différences mot à mot.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Segment history</source>
        <translation>Historique du segment</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Aucune modification enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Target set: “{new}”</source>
        <translation>Cible définie&#xa0;: «&#xa0;{new}&#xa0;»</translation>
    </message>
    <message>
        <source>Target: “{old}” → “{new}”</source>
        <translation>Cible&#xa0;: «&#xa0;{old}&#xa0;» → «&#xa0;{new}&#xa0;»</translation>
    </message>
    <message>
        <source>Status: {old} → {new}</source>
        <translation>Statut&#xa0;: {old} → {new}</translation>
    </message>
    <message>
        <source>“{comment}”</source>
        <translation>«&#xa0;{comment}&#xa0;»</translation>
    </message>
    <message>
        <source>Source updated: “{old}” → “{new}”</source>
        <translation>Source modifiée&#xa0;: «&#xa0;{old}&#xa0;» → «&#xa0;{new}&#xa0;»</translation>
    </message>
    <message>
        <source>Marked to translate</source>
        <translation>Marqué à traduire</translation>
    </message>
    <message>
        <source>Marked not to translate</source>
        <translation>Marqué à ne pas traduire</translation>
    </message>
</context>
<context>
    <name>IdentityField</name>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Réviseur</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Traducteur</translation>
    </message>
    <message>
        <source>{host}, database {database}</source>
        <translation>{host}, base {database}</translation>
    </message>
    <message>
        <source>{user} · {role}</source>
        <translation>{user} · {role}</translation>
    </message>
    <message>
        <source>Signed in as {user}, working as {role}</source>
        <translation>Connecté en tant que {user}, rôle {role}</translation>
    </message>
    <message>
        <source>Signed in to the team server as {user}.</source>
        <translation>Connecté au serveur de l’équipe en tant que {user}.</translation>
    </message>
    <message>
        <source>The server gives {user} the role {role}; only an admin can change it.</source>
        <translation>Le serveur donne à {user} le rôle {role}&#xa0;; seul un administrateur peut le changer.</translation>
    </message>
    <message>
        <source>Server: {place}</source>
        <translation>Serveur&#xa0;: {place}</translation>
    </message>
    <message>
        <source>Signed in as {user} ({role}) on server {place}</source>
        <translation>Connecté en tant que {user} ({role}) sur le serveur {place}</translation>
    </message>
    <message>
        <source>{login} — {title}</source>
        <translation>{login} — {title}</translation>
    </message>
    <message>
        <source>The team server gives approving and rejecting to reviewers; {user} is a translator there.</source>
        <translation>Le serveur de l’équipe réserve l’approbation et le rejet aux réviseurs&#xa0;; {user} y est traducteur.</translation>
    </message>
    <message>
        <source>The team server gives approving and signing off to reviewers; {user} is a translator there.</source>
        <translation>Le serveur de l’équipe réserve l’approbation et la validation finale aux réviseurs&#xa0;; {user} y est traducteur.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a release</source>
        <extracomment>Offered first in the language fields; any BCP-47-like code may be typed.</extracomment>
        <translation>Importer un communiqué</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>Langue source</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>Langue cible</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>From the document (its headline or file name)</source>
        <translation>D&apos;après le document (son titre ou le nom du fichier)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format de fichier</translation>
    </message>
    <message>
        <source>Detect from the file</source>
        <translation>Détecter d&apos;après le fichier</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
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
        <translation>Importer</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Vers&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
</context>
<context>
    <name>LiveStatusField</name>
    <message>
        <source>Live updates lost – retrying…</source>
        <translation>Mises à jour en direct perdues – reconnexion…</translation>
    </message>
    <message>
        <source>Live updates restored</source>
        <translation>Mises à jour en direct rétablies</translation>
    </message>
    <message>
        <source>{login} is editing segment {n}</source>
        <translation>{login} modifie le segment {n}</translation>
    </message>
    <message>
        <source>{logins} are editing segment {n}</source>
        <translation>{logins} modifient le segment {n}</translation>
    </message>
    <message>
        <source>Someone else has this segment open: agree who translates it before both of you save</source>
        <translation>Quelqu’un d’autre a ouvert ce segment&#xa0;: convenez de qui le traduit avant d’enregistrer</translation>
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
        <translation>Aucun communiqué pour l&apos;instant.
Utilisez Fichier › Ouvrir (Ctrl+O) ou déposez ici un communiqué de presse pour l&apos;importer.</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Only a reviewer can approve or reject segments; you are working as a translator.</source>
        <translation>Seul un réviseur peut approuver ou rejeter des segments&#xa0;; vous travaillez en tant que traducteur.</translation>
    </message>
    <message>
        <source>Only a reviewer can approve or sign off; you are working as a translator.</source>
        <translation>Seul un réviseur peut approuver ou valider&#xa0;; vous travaillez en tant que traducteur.</translation>
    </message>
    <message>
        <source>Could not read the releases: {error}</source>
        <translation>Impossible de lire les communiqués&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Release {id} not found.</source>
        <translation>Communiqué {id} introuvable.</translation>
    </message>
    <message>
        <source>Could not open the release: {error}</source>
        <translation>Impossible d&apos;ouvrir le communiqué&#xa0;: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not translatable</source>
        <translation>
            <numerusform>%n non traduisible</numerusform>
            <numerusform>%n non traduisibles</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} — Release Translator</source>
        <translation>{title} — Release Translator</translation>
    </message>
    <message>
        <source>“{title}” was deleted on the server.</source>
        <translation>«&#xa0;{title}&#xa0;» a été supprimé sur le serveur.</translation>
    </message>
    <message>
        <source>There is no suggestion {n}.</source>
        <translation>Il n&apos;y a pas de suggestion {n}.</translation>
    </message>
    <message>
        <source>About Release Translator</source>
        <translation>À propos de Release Translator</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Release Translator {version}&lt;/h3&gt;&lt;p&gt;Translate and review press releases with a translation memory, a glossary and machine translation.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Release Translator {version}&lt;/h3&gt;&lt;p&gt;Traduisez et révisez des communiqués de presse avec une mémoire de traduction, un glossaire et la traduction automatique.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The workspace was not changed: {reason}</source>
        <translation>L’espace de travail n’a pas changé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
</context>
<context>
    <name>MatchAutoInsert</name>
    <message>
        <source>Inserted the translation of the same sentence confirmed above; Esc takes it back.</source>
        <translation>Traduction de la même phrase, confirmée plus haut, insérée&#xa0;; Échap l&apos;annule.</translation>
    </message>
    <message>
        <source>Inserted a context match (101%: same sentence, same neighbours); Esc takes it back.</source>
        <translation>Correspondance de contexte insérée (101&#xa0;%&#xa0;: même phrase, mêmes voisines)&#xa0;; Échap l&apos;annule.</translation>
    </message>
    <message>
        <source>Inserted a {score}% memory match; Esc takes it back.</source>
        <translation>Correspondance de la mémoire à {score}&#xa0;% insérée&#xa0;; Échap l&apos;annule.</translation>
    </message>
</context>
<context>
    <name>MemoryPage</name>
    <message>
        <source>Memory units</source>
        <translation>Unités de la mémoire</translation>
    </message>
    <message>
        <source>Search the memory</source>
        <translation>Rechercher dans la mémoire</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Afficher &amp;plus</translation>
    </message>
    <message>
        <source>Import a TMX file into the memory</source>
        <translation>Importer un fichier TMX dans la mémoire</translation>
    </message>
    <message>
        <source>Export this language pair&apos;s memory as TMX</source>
        <translation>Exporter la mémoire de cette paire de langues en TMX</translation>
    </message>
    <message numerus="yes">
        <source>{pair} (%n unit(s))</source>
        <translation>
            <numerusform>{pair} (%n unité)</numerusform>
            <numerusform>{pair} (%n unités)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the memory…</source>
        <translation>Lecture de la mémoire…</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) with “{text}”</source>
        <translation>
            <numerusform>%n unité avec «&#xa0;{text}&#xa0;»</numerusform>
            <numerusform>%n unités avec «&#xa0;{text}&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) in this pair</source>
        <translation>
            <numerusform>%n unité dans cette paire</numerusform>
            <numerusform>%n unités dans cette paire</numerusform>
        </translation>
    </message>
    <message>
        <source>(the first {shown} shown)</source>
        <translation>(les {shown} premières affichées)</translation>
    </message>
    <message>
        <source>The unit was not changed</source>
        <translation>L’unité n’a pas été modifiée</translation>
    </message>
    <message>
        <source>Select the units to delete first.</source>
        <translation>Sélectionnez d’abord les unités à supprimer.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n unit(s) from the memory? They will no longer be offered as matches.</source>
        <translation>
            <numerusform>Supprimer %n unité de la mémoire&#xa0;? Elle ne sera plus proposée comme correspondance.</numerusform>
            <numerusform>Supprimer %n unités de la mémoire&#xa0;? Elles ne seront plus proposées comme correspondances.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted</source>
        <translation>Rien n’a été supprimé</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) deleted.</source>
        <translation>
            <numerusform>%n unité supprimée.</numerusform>
            <numerusform>%n unités supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a translation memory</source>
        <translation>Importer une mémoire de traduction</translation>
    </message>
    <message>
        <source>TMX files (*.tmx);;All files (*)</source>
        <translation>Fichiers TMX (*.tmx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>{name}: {added} units added, {merged} merged into units already there ({pair}).</source>
        <translation>{name}&#xa0;: {added} unités ajoutées, {merged} fusionnées avec des unités existantes ({pair}).</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importation de {name}…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was added to the memory.</source>
        <translation>Importation annulée&#xa0;: rien n’a été ajouté à la mémoire.</translation>
    </message>
    <message>
        <source>Export the memory</source>
        <translation>Exporter la mémoire</translation>
    </message>
    <message>
        <source>TMX files (*.tmx)</source>
        <translation>Fichiers TMX (*.tmx)</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) exported to {name}.</source>
        <translation>
            <numerusform>%n unité exportée vers {name}.</numerusform>
            <numerusform>%n unités exportées vers {name}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>Exportation vers {name}…</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportation annulée&#xa0;: aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Search sources and targets…</source>
        <translation>Rechercher dans les sources et les cibles…</translation>
    </message>
</context>
<context>
    <name>MtUsageField</name>
    <message>
        <source>DeepL usage</source>
        <translation>Consommation DeepL</translation>
    </message>
    <message>
        <source>DeepL: …</source>
        <translation>DeepL&#xa0;: …</translation>
    </message>
    <message>
        <source>DeepL: usage not reported</source>
        <translation>DeepL&#xa0;: consommation non communiquée</translation>
    </message>
    <message numerus="yes">
        <source>DeepL: {count} character(s)</source>
        <translation>
            <numerusform>DeepL&#xa0;: {count} caractère</numerusform>
            <numerusform>DeepL&#xa0;: {count} caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DeepL: {count} of {limit} character(s)</source>
        <translation>
            <numerusform>DeepL&#xa0;: {count} sur {limit} caractère</numerusform>
            <numerusform>DeepL&#xa0;: {count} sur {limit} caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>Characters left this billing period: {left}</source>
        <translation>Caractères restants pour cette période de facturation&#xa0;: {left}</translation>
    </message>
    <message>
        <source>DeepL key not set</source>
        <translation>Clé DeepL non définie</translation>
    </message>
    <message>
        <source>Add the key in Edit › Preferences, or set DEEPL_AUTH_KEY.</source>
        <translation>Ajoutez la clé dans Édition › Préférences ou définissez DEEPL_AUTH_KEY.</translation>
    </message>
    <message>
        <source>DeepL key refused</source>
        <translation>Clé DeepL refusée</translation>
    </message>
    <message>
        <source>DeepL refused the key (403): check it in Edit › Preferences.</source>
        <translation>DeepL a refusé la clé (403)&#xa0;: vérifiez-la dans Édition › Préférences.</translation>
    </message>
    <message>
        <source>DeepL usage unavailable</source>
        <translation>Consommation DeepL indisponible</translation>
    </message>
    <message>
        <source>DeepL could not be reached; suggestions resume when it can.</source>
        <translation>DeepL est injoignable&#xa0;; les suggestions reprendront dès que possible.</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Segment {n} has QA errors</source>
        <translation>Le segment {n} contient des erreurs AQ</translation>
    </message>
    <message>
        <source>Segment {n} cannot be approved as it is: the checks found the errors below. Fix the target, or approve it anyway and say why (your reason is recorded in its history and the review report).</source>
        <translation>Le segment {n} ne peut pas être approuvé en l&apos;état&#xa0;: les contrôles ont trouvé les erreurs ci-dessous. Corrigez la cible, ou approuvez-la quand même en indiquant pourquoi (votre raison est consignée dans son historique et dans le rapport de révision).</translation>
    </message>
    <message>
        <source>Reason for approving anyway</source>
        <translation>Raison de l&apos;approbation malgré tout</translation>
    </message>
    <message>
        <source>Why is this target right despite the errors?</source>
        <translation>Pourquoi cette cible est-elle correcte malgré les erreurs&#xa0;?</translation>
    </message>
    <message>
        <source>Approve anyway</source>
        <translation>Approuver quand même</translation>
    </message>
    <message>
        <source>Fix it first</source>
        <translation>Corriger d&apos;abord</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Raison&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PairBox</name>
    <message>
        <source>Language pair</source>
        <translation>Paire de langues</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Team server password</source>
        <translation>Mot de passe du serveur de l’équipe</translation>
    </message>
    <message>
        <source>The team server asks for the password of {login}.</source>
        <translation>Le serveur de l’équipe demande le mot de passe de {login}.</translation>
    </message>
    <message>
        <source>The server refused the password kept in the keyring for {login}; it may have been changed. Type the current one.</source>
        <translation>Le serveur a refusé le mot de passe conservé dans le trousseau pour {login}&#xa0;; il a peut-être été changé. Saisissez le mot de passe actuel.</translation>
    </message>
    <message>
        <source>The server refused the password given for {login} (in ~/.pgpass, PGPASSWORD or the server address). Type the current one.</source>
        <translation>Le serveur a refusé le mot de passe fourni pour {login} (dans ~/.pgpass, PGPASSWORD ou l’adresse du serveur). Saisissez le mot de passe actuel.</translation>
    </message>
    <message>
        <source>The server refused that password for {login}. Type it again.</source>
        <translation>Le serveur a refusé ce mot de passe pour {login}. Saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Remember in the keyring</source>
        <translation>Mémoriser dans le trousseau</translation>
    </message>
    <message>
        <source>Kept in the system keyring once the server accepts it; never in the settings file.</source>
        <translation>Conservé dans le trousseau du système une fois accepté par le serveur&#xa0;; jamais dans le fichier de réglages.</translation>
    </message>
    <message>
        <source>No keyring is available on this computer: put the password in ~/.pgpass instead.</source>
        <translation>Aucun trousseau n’est disponible sur cet ordinateur&#xa0;: mettez plutôt le mot de passe dans ~/.pgpass.</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>System language</source>
        <extracomment>Code → name; each language is named in itself, &quot;System language&quot; in the interface language.</extracomment>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Traducteur</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Réviseur</translation>
    </message>
    <message>
        <source>Engine default</source>
        <translation>Valeur par défaut du moteur</translation>
    </message>
    <message>
        <source>More formal</source>
        <translation>Plus formel</translation>
    </message>
    <message>
        <source>Less formal</source>
        <translation>Moins formel</translation>
    </message>
    <message>
        <source>More formal where supported</source>
        <translation>Plus formel si possible</translation>
    </message>
    <message>
        <source>Less formal where supported</source>
        <translation>Moins formel si possible</translation>
    </message>
    <message>
        <source>DeepL&apos;s default</source>
        <translation>Modèle par défaut de DeepL</translation>
    </message>
    <message>
        <source>Best quality (slower)</source>
        <translation>Meilleure qualité (plus lent)</translation>
    </message>
    <message>
        <source>Fastest answer</source>
        <translation>Réponse la plus rapide</translation>
    </message>
    <message>
        <source>The installed DeepL client cannot choose a model: update it.</source>
        <translation>Le client DeepL installé ne permet pas de choisir un modèle&#xa0;: mettez-le à jour.</translation>
    </message>
    <message>
        <source>Your login name</source>
        <translation>Votre nom de connexion</translation>
    </message>
    <message>
        <source>A team&apos;s shared server, e.g. postgresql://user@server/translations</source>
        <translation>Le serveur partagé d&apos;une équipe, p. ex. postgresql://user@server/translations</translation>
    </message>
    <message>
        <source>Kept in the keyring: type a new one to replace it</source>
        <translation>Conservé dans le trousseau&#xa0;: saisissez-en un nouveau pour le remplacer</translation>
    </message>
    <message>
        <source>Goes to the system keyring</source>
        <translation>Ira dans le trousseau du système</translation>
    </message>
    <message>
        <source>The team server&apos;s password for the login in the address: kept in the system keyring, never in the settings file. Leave it empty to keep the stored one (or use ~/.pgpass).</source>
        <translation>Le mot de passe du serveur de l’équipe pour l’identifiant de l’adresse&#xa0;: conservé dans le trousseau du système, jamais dans le fichier de réglages. Laissez-le vide pour garder celui qui est conservé (ou utilisez ~/.pgpass).</translation>
    </message>
    <message>
        <source>The team server decides who you are and your role; an admin changes the role.</source>
        <translation>Le serveur de l’équipe décide qui vous êtes et votre rôle&#xa0;; un administrateur change le rôle.</translation>
    </message>
    <message>
        <source>Also the most entries a glossary file may hold</source>
        <translation>Aussi le nombre maximal d’entrées d’un fichier de glossaire</translation>
    </message>
    <message>
        <source>Entering an empty segment puts its best memory match in the target; Esc takes it back.</source>
        <translation>En entrant dans un segment vide, sa meilleure correspondance de la mémoire est placée dans la cible&#xa0;; Échap l&apos;annule.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Context matches (101%)</source>
        <translation>Contexte seulement (101&#xa0;%)</translation>
    </message>
    <message>
        <source>100% and context matches</source>
        <translation>100&#xa0;% et contexte (101&#xa0;%)</translation>
    </message>
    <message>
        <source>From {score}%</source>
        <translation>À partir de {score}&#xa0;%</translation>
    </message>
    <message>
        <source>Signed in:</source>
        <translation>Connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Votre nom&#xa0;:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Server password:</source>
        <translation>Mot de passe du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Memory matches from:</source>
        <translation>Correspondances de la mémoire à partir de&#xa0;:</translation>
    </message>
    <message>
        <source>Largest file imported:</source>
        <translation>Plus gros fichier importé&#xa0;:</translation>
    </message>
    <message>
        <source>Most segments per release:</source>
        <translation>Segments au plus par communiqué&#xa0;:</translation>
    </message>
    <message>
        <source>Insert the best match:</source>
        <translation>Insérer la meilleure correspondance&#xa0;:</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Langue de l&apos;interface&#xa0;:</translation>
    </message>
    <message>
        <source>DeepL key:</source>
        <translation>Clé DeepL&#xa0;:</translation>
    </message>
    <message>
        <source>DeepL model:</source>
        <translation>Modèle DeepL&#xa0;:</translation>
    </message>
    <message>
        <source>Name the login in the address (postgresql://login@server/database) so that the keyring can keep its password.</source>
        <translation>Indiquez l’identifiant dans l’adresse (postgresql://identifiant@serveur/base) pour que le trousseau puisse conserver son mot de passe.</translation>
    </message>
    <message>
        <source>No keyring is available on this computer: the password cannot be kept safely, and is never written to the settings file. Put it in the server&apos;s password file (~/.pgpass) instead.</source>
        <translation>Aucun trousseau n’est disponible sur cet ordinateur&#xa0;: le mot de passe ne peut pas être conservé en sécurité, et il n’est jamais écrit dans le fichier de réglages. Mettez-le plutôt dans le fichier de mots de passe du serveur (~/.pgpass).</translation>
    </message>
    <message>
        <source>No keyring is available on this computer: a key cannot be saved here. Set the DEEPL_AUTH_KEY environment variable instead.</source>
        <translation>Aucun trousseau de clés n&apos;est disponible sur cet ordinateur&#xa0;: impossible d&apos;y enregistrer une clé. Définissez plutôt la variable d&apos;environnement DEEPL_AUTH_KEY.</translation>
    </message>
    <message>
        <source>Stored in the system keyring ({backend}), service “translator-app”.</source>
        <translation>Enregistrée dans le trousseau du système ({backend}), service «&#xa0;translator-app&#xa0;».</translation>
    </message>
    <message>
        <source>No keyring</source>
        <translation>Aucun trousseau</translation>
    </message>
    <message>
        <source>Keyring refused</source>
        <translation>Trousseau refusé</translation>
    </message>
    <message>
        <source>The system keyring refused to store the key.</source>
        <translation>Le trousseau du système a refusé d&apos;enregistrer la clé.</translation>
    </message>
    <message>
        <source>Formality</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Paste a new key</source>
        <translation>Collez une nouvelle clé</translation>
    </message>
    <message>
        <source>A key pasted here replaces the stored one; it is never shown again.</source>
        <translation>Une clé collée ici remplace celle enregistrée&#xa0;; elle n’est plus jamais affichée.</translation>
    </message>
    <message>
        <source>Send context to DeepL</source>
        <translation>Envoyer le contexte à DeepL</translation>
    </message>
    <message>
        <source>The headline and the sentences before each one go with the request: better translations. Switch it off for a confidential release.</source>
        <translation>Le titre et les phrases qui précèdent chaque phrase accompagnent la demande&#xa0;: de meilleures traductions. Désactivez-le pour un communiqué confidentiel.</translation>
    </message>
    <message>
        <source>Local workspace (SQLite)</source>
        <translation>Espace de travail local (SQLite)</translation>
    </message>
    <message>
        <source>Formality:</source>
        <translation>Registre&#xa0;:</translation>
    </message>
    <message>
        <source>For “{title}” only.</source>
        <translation>Pour «&#xa0;{title}&#xa0;» seulement.</translation>
    </message>
    <message>
        <source>Open a release to choose its formality.</source>
        <translation>Ouvrez un communiqué pour choisir son registre.</translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation>&amp;Travail</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>&amp;DeepL</source>
        <translation>&amp;DeepL</translation>
    </message>
    <message>
        <source>Everything applies when you save: a new name, role, database or language opens the workspace again in this window, on the same release.</source>
        <translation>Tout s’applique à l’enregistrement&#xa0;: un nouveau nom, rôle, base de données ou langue rouvre l’espace de travail dans cette fenêtre, sur le même communiqué.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Formality does not apply to {language}: DeepL has no formal register there, so none is sent.</source>
        <translation>Le registre ne s’applique pas à {language}&#xa0;: DeepL n’y a pas de registre soutenu, aucun n’est donc envoyé.</translation>
    </message>
</context>
<context>
    <name>PretranslateDialog</name>
    <message>
        <source>Pre-translate</source>
        <translation>Prétraduire</translation>
    </message>
    <message>
        <source>Fill every segment of “{title}” that has no confirmed translation as a draft: exact memory matches first, then DeepL. Translated and approved segments are never overwritten.</source>
        <translation>Remplir comme brouillon chaque segment de «&#xa0;{title}&#xa0;» sans traduction confirmée&#xa0;: d&apos;abord les correspondances exactes de la mémoire, puis DeepL. Les segments traduits et approuvés ne sont jamais écrasés.</translation>
    </message>
    <message>
        <source>Use DeepL for the rest</source>
        <translation>Utiliser DeepL pour le reste</translation>
    </message>
    <message>
        <source>Pre-translation progress</source>
        <translation>Progression de la prétraduction</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Send to DeepL</source>
        <translation>Envoyer à DeepL</translation>
    </message>
    <message>
        <source>Translate what fits</source>
        <translation>Traduire ce qui tient dans le quota</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Pre-translating…</source>
        <translation>Prétraduction…</translation>
    </message>
    <message numerus="yes">
        <source>DeepL will bill about &lt;b&gt;{chars}&lt;/b&gt; character(s) for {segments} ({words}).</source>
        <translation>
            <numerusform>DeepL facturera environ &lt;b&gt;{chars}&lt;/b&gt; caractère pour {segments} ({words}).</numerusform>
            <numerusform>DeepL facturera environ &lt;b&gt;{chars}&lt;/b&gt; caractères pour {segments} ({words}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is more than what is left. What fits: the first %n segment(s), about {chars} characters, in document order; nothing is sent unless you choose.</source>
        <translation>
            <numerusform>C&apos;est plus que ce qui reste. Ce qui tient&#xa0;: %n segment (le premier), environ {chars} caractères, dans l&apos;ordre du document&#xa0;; rien n&apos;est envoyé sans votre choix.</numerusform>
            <numerusform>C&apos;est plus que ce qui reste. Ce qui tient&#xa0;: les %n premiers segments, environ {chars} caractères, dans l&apos;ordre du document&#xa0;; rien n&apos;est envoyé sans votre choix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Translate the first %n segment(s)</source>
        <translation>
            <numerusform>Traduire %n segment (le premier)</numerusform>
            <numerusform>Traduire les %n premiers segments</numerusform>
        </translation>
    </message>
    <message>
        <source>That is more than what is left, and not even the first segment fits.</source>
        <translation>C&apos;est plus que ce qui reste, et même le premier segment ne tient pas.</translation>
    </message>
    <message>
        <source>Memory matches are filled. Translate what fits, or cancel?</source>
        <translation>Les correspondances de la mémoire sont remplies. Traduire ce qui tient dans le quota, ou annuler&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n segment(s)</source>
        <translation>
            <numerusform>{done} sur %n segment</numerusform>
            <numerusform>{done} sur %n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>The account has {left} of {limit} characters left this period.</source>
        <translation>Il reste au compte {left} caractères sur {limit} pour cette période.</translation>
    </message>
    <message>
        <source>Use translation memory matches from</source>
        <translation>Utiliser la mémoire à partir de</translation>
    </message>
    <message>
        <source>Lowest memory match score to fill</source>
        <translation>Score minimal des correspondances de la mémoire à utiliser</translation>
    </message>
    <message>
        <source>Below 100%, fuzzy matches fill drafts marked with their score.</source>
        <translation>En dessous de 100&#xa0;%, les correspondances floues remplissent des brouillons marqués de leur score.</translation>
    </message>
    <message>
        <source>Memory matches are filled. Send the rest to DeepL?</source>
        <translation>Les correspondances de la mémoire sont remplies. Envoyer le reste à DeepL&#xa0;?</translation>
    </message>
    <message>
        <source>Translating with DeepL…</source>
        <translation>Traduction avec DeepL…</translation>
    </message>
    <message>
        <source>Cancelling… what is done stays.</source>
        <translation>Annulation… ce qui est fait est conservé.</translation>
    </message>
    <message>
        <source>Pre-translation stopped: {error}</source>
        <translation>Prétraduction interrompue&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>{filled} of {total} segments filled as drafts ({tm} from the memory, {mt} from DeepL).</source>
        <translation>{filled} segments sur {total} remplis comme brouillons ({tm} depuis la mémoire, {mt} depuis DeepL).</translation>
    </message>
    <message numerus="yes">
        <source>%n of them from fuzzy memory matches, marked with their score: check them first.</source>
        <translation>
            <numerusform>Dont&#xa0;%n d&apos;une correspondance floue de la mémoire, marqué de son score&#xa0;: à vérifier en premier.</numerusform>
            <numerusform>Dont&#xa0;%n de correspondances floues de la mémoire, marqués de leur score&#xa0;: à vérifier en premier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) left untranslated: they did not fit in the quota.</source>
        <translation>
            <numerusform>%n segment laissé non traduit&#xa0;: il ne tenait pas dans le quota.</numerusform>
            <numerusform>%n segments laissés non traduits&#xa0;: ils ne tenaient pas dans le quota.</numerusform>
        </translation>
    </message>
    <message>
        <source>Formality does not apply to {language}: DeepL has no formal register there, so none was sent.</source>
        <translation>Le registre ne s&apos;applique pas à {language}&#xa0;: DeepL n&apos;y a pas de registre formel, aucun n&apos;a donc été envoyé.</translation>
    </message>
    <message>
        <source>DeepL quota exceeded (456): the run stopped; what was done is kept.</source>
        <translation>Quota DeepL dépassé (456)&#xa0;: le traitement s&apos;est arrêté&#xa0;; ce qui a été fait est conservé.</translation>
    </message>
    <message>
        <source>The DeepL quota left is too short for this release: nothing was sent.</source>
        <translation>Le quota DeepL restant est insuffisant pour ce communiqué&#xa0;: rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>DeepL refused the key (403): check it in Edit › Preferences.</source>
        <translation>DeepL a refusé la clé (403)&#xa0;: vérifiez-la dans Édition › Préférences.</translation>
    </message>
    <message>
        <source>No DeepL key: add it in Edit › Preferences or set DEEPL_AUTH_KEY.</source>
        <translation>Aucune clé DeepL&#xa0;: ajoutez-la dans Édition › Préférences ou définissez DEEPL_AUTH_KEY.</translation>
    </message>
    <message>
        <source>DeepL did not answer in {seconds} s, {attempts} times: the run stopped; what was done is kept.</source>
        <translation>DeepL n&apos;a pas répondu en {seconds}&#xa0;s, {attempts} fois de suite&#xa0;: le traitement s&apos;est arrêté&#xa0;; ce qui a été fait est conservé.</translation>
    </message>
    <message>
        <source>DeepL no longer has the glossary, even after recreating it: the run stopped; what was done is kept.</source>
        <translation>DeepL n&apos;a plus le glossaire, même après l&apos;avoir recréé&#xa0;: le traitement s&apos;est arrêté&#xa0;; ce qui a été fait est conservé.</translation>
    </message>
    <message>
        <source>DeepL could not be reached: the run stopped; what was done is kept.</source>
        <translation>DeepL est injoignable&#xa0;: le traitement s&apos;est arrêté&#xa0;; ce qui a été fait est conservé.</translation>
    </message>
    <message>
        <source>Cancelled: what was done is kept.</source>
        <translation>Annulé&#xa0;: ce qui a été fait est conservé.</translation>
    </message>
</context>
<context>
    <name>PretranslationFlow</name>
    <message>
        <source>Open a release to pre-translate it.</source>
        <translation>Ouvrez un communiqué pour le prétraduire.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Preview of the translation</source>
        <extracomment>Qt&apos;s rich text ignores &quot;em&quot; sizes for headings (an h1 stayed at twice the text size): keywords work. Inline elements of the Markdown and HTML formats, as the preview shows them (a link underlined: the preview opens nothing).</extracomment>
        <translation>Aperçu de la traduction</translation>
    </message>
    <message>
        <source>The translation, rendered, appears here.</source>
        <translation>Le rendu de la traduction apparaît ici.</translation>
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
        <translation>Contrôles qualité</translation>
    </message>
    <message>
        <source>This segment</source>
        <translation>Ce segment</translation>
    </message>
    <message>
        <source>Findings of the active segment</source>
        <translation>Problèmes détectés dans le segment actif</translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>Aucun problème détecté.</translation>
    </message>
    <message>
        <source>Check the whole release</source>
        <translation>Contrôler tout le communiqué</translation>
    </message>
    <message>
        <source>Findings of the release</source>
        <translation>Problèmes détectés dans le communiqué</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Contrôle…</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) not translated yet: {numbers}</source>
        <translation>
            <numerusform>%n segment pas encore traduit&#xa0;: {numbers}</numerusform>
            <numerusform>%n segments pas encore traduits&#xa0;: {numbers}</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to go to the first one</source>
        <translation>Cliquez pour aller au premier</translation>
    </message>
    <message numerus="yes">
        <source>{errors} and {warnings} in %n segment(s).</source>
        <translation>
            <numerusform>{errors} et {warnings} dans %n segment.</numerusform>
            <numerusform>{errors} et {warnings} dans %n segments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>No problem found in the release.</source>
        <translation>Aucun problème détecté dans le communiqué.</translation>
    </message>
</context>
<context>
    <name>QaText</name>
    <message>
        <source>The target is empty.</source>
        <extracomment>Called by this name with a literal context and text, so that ``lupdate`` finds every sentence.</extracomment>
        <translation>La cible est vide.</translation>
    </message>
    <message>
        <source>The target is the same as the source: not translated?</source>
        <translation>La cible est identique à la source&#xa0;: non traduite&#xa0;?</translation>
    </message>
    <message>
        <source>“{detail}” is left in the source language: not translated?</source>
        <translation>«&#xa0;{detail}&#xa0;» est resté dans la langue source&#xa0;: non traduit&#xa0;?</translation>
    </message>
    <message>
        <source>Number {detail} of the source is missing or changed in the target.</source>
        <translation>Le nombre {detail} de la source manque ou est modifié dans la cible.</translation>
    </message>
    <message>
        <source>Number {detail} is in the target but not in the source.</source>
        <translation>Le nombre {detail} figure dans la cible mais pas dans la source.</translation>
    </message>
    <message>
        <source>Number {detail} is not written the target language&apos;s way (decimal mark, thousands or percent).</source>
        <translation>Le nombre {detail} n&apos;est pas écrit selon les conventions de la langue cible (séparateur décimal, milliers ou pourcentage).</translation>
    </message>
    <message>
        <source>Inline tag {detail} of the source is missing.</source>
        <translation>La balise {detail} de la source manque.</translation>
    </message>
    <message>
        <source>Inline tag {detail} is not in the source.</source>
        <translation>La balise {detail} ne figure pas dans la source.</translation>
    </message>
    <message>
        <source>Inline tags are not in the source&apos;s order (from {detail}).</source>
        <translation>Les balises ne sont pas dans l&apos;ordre de la source (à partir de {detail}).</translation>
    </message>
    <message>
        <source>Inline tag {detail} is not opened and closed properly.</source>
        <translation>La balise {detail} n&apos;est pas correctement ouverte et fermée.</translation>
    </message>
    <message>
        <source>The URL {detail} must be kept exactly as in the source.</source>
        <translation>L&apos;URL {detail} doit être conservée exactement comme dans la source.</translation>
    </message>
    <message>
        <source>The e-mail address {detail} must be kept exactly as in the source.</source>
        <translation>L&apos;adresse e-mail {detail} doit être conservée exactement comme dans la source.</translation>
    </message>
    <message>
        <source>The phone number {detail} must be kept exactly as in the source.</source>
        <translation>Le numéro de téléphone {detail} doit être conservé exactement comme dans la source.</translation>
    </message>
    <message>
        <source>The glossary term “{detail}” is not used.</source>
        <translation>Le terme du glossaire «&#xa0;{detail}&#xa0;» n&apos;est pas utilisé.</translation>
    </message>
    <message>
        <source>“{detail}” is a variant the glossary forbids.</source>
        <translation>«&#xa0;{detail}&#xa0;» est une variante interdite par le glossaire.</translation>
    </message>
    <message>
        <source>The leading space differs from the source&apos;s.</source>
        <translation>L&apos;espace initial diffère de celui de la source.</translation>
    </message>
    <message>
        <source>The trailing space differs from the source&apos;s.</source>
        <translation>L&apos;espace final diffère de celui de la source.</translation>
    </message>
    <message>
        <source>Double space.</source>
        <translation>Double espace.</translation>
    </message>
    <message>
        <source>The end punctuation differs from the source ({detail}).</source>
        <translation>La ponctuation finale diffère de la source ({detail}).</translation>
    </message>
    <message>
        <source>Brackets are not balanced as in the source.</source>
        <translation>Les parenthèses ou crochets ne sont pas équilibrés comme dans la source.</translation>
    </message>
    <message>
        <source>Quotation marks are not balanced as in the source.</source>
        <translation>Les guillemets ne sont pas équilibrés comme dans la source.</translation>
    </message>
    <message>
        <source>French typography: a narrow no-break space is needed {detail}.</source>
        <translation>Typographie française&#xa0;: une espace fine insécable est nécessaire {detail}.</translation>
    </message>
    <message>
        <source>The target is {detail} times as long as the source.</source>
        <translation>La cible est {detail} fois plus longue que la source.</translation>
    </message>
    <message>
        <source>Repeated word “{detail}”.</source>
        <translation>Mot répété «&#xa0;{detail}&#xa0;».</translation>
    </message>
    <message>
        <source>The same source is translated differently in {detail}.</source>
        <translation>La même source est traduite différemment dans {detail}.</translation>
    </message>
    <message>
        <source>the source ends with “{mark}”</source>
        <translation>la source se termine par «&#xa0;{mark}&#xa0;»</translation>
    </message>
    <message>
        <source>the source ends without punctuation</source>
        <translation>la source se termine sans ponctuation</translation>
    </message>
    <message>
        <source>after «</source>
        <translation>après «</translation>
    </message>
    <message>
        <source>before “{mark}”</source>
        <translation>avant «&#xa0;{mark}&#xa0;»</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Reject segment {n}</source>
        <translation>Rejeter le segment {n}</translation>
    </message>
    <message>
        <source>Source: {source}
Target: {target}</source>
        <translation>Source&#xa0;: {source}
Cible&#xa0;: {target}</translation>
    </message>
    <message>
        <source>Comment for the translator</source>
        <translation>Commentaire pour le traducteur</translation>
    </message>
    <message>
        <source>What should the translator change?</source>
        <translation>Que doit modifier le traducteur&#xa0;?</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Error category</source>
        <translation>Catégorie d&apos;erreur</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(aucune catégorie)</translation>
    </message>
    <message>
        <source>Error severity</source>
        <translation>Gravité de l&apos;erreur</translation>
    </message>
    <message>
        <source>(no severity)</source>
        <translation>(aucune gravité)</translation>
    </message>
    <message>
        <source>Error &amp;category:</source>
        <translation>&amp;Catégorie d&apos;erreur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravité&#xa0;:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Commentaire&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RejectionBanner</name>
    <message>
        <source>Segment {n} was sent back by {user} ({when})</source>
        <translation>Le segment {n} a été renvoyé par {user} ({when})</translation>
    </message>
</context>
<context>
    <name>ReleaseList</name>
    <message>
        <source>Search releases by title</source>
        <translation>Rechercher des communiqués par titre</translation>
    </message>
    <message>
        <source>Could not read the releases: {error}</source>
        <translation>Impossible de lire les communiqués&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>ReleaseListModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Modifié</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) to translate</source>
        <translation>
            <numerusform>%n segment à traduire</numerusform>
            <numerusform>%n segments à traduire</numerusform>
        </translation>
    </message>
    <message>
        <source>Not translatable: {count}</source>
        <translation>Non traduisibles&#xa0;: {count}</translation>
    </message>
    <message>
        <source>imported {when}</source>
        <extracomment>The list&apos;s counts are read again this long after the open release changed (a burst of edits: once).</extracomment>
        <translation>importé {when}</translation>
    </message>
    <message>
        <source>{file}, imported {when} by {user}</source>
        <translation>{file}, importé {when} par {user}</translation>
    </message>
</context>
<context>
    <name>ReleasePreview</name>
    <message>
        <source>The preview shows the first {shown:,} of {total:,} segments; the export holds them all.</source>
        <translation>L’aperçu montre les {shown:,} premiers segments sur {total:,} ; l’export les contient tous.</translation>
    </message>
</context>
<context>
    <name>ReplacePreview</name>
    <message>
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n fois</numerusform>
            <numerusform>%n fois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{find}” → “{replace}”: {times} in %n segment(s). Untick what should stay as it is.</source>
        <translation>
            <numerusform>«&#xa0;{find}&#xa0;» → «&#xa0;{replace}&#xa0;»&#xa0;: {times} dans %n segment. Décochez ce qui doit rester tel quel.</numerusform>
            <numerusform>«&#xa0;{find}&#xa0;» → «&#xa0;{replace}&#xa0;»&#xa0;: {times} dans %n segments. Décochez ce qui doit rester tel quel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmed segments stay confirmed and their memory units get the new text; approved ones go back to translated for a reviewer to look at again.</source>
        <translation>Les segments confirmés le restent et leurs unités de mémoire reçoivent le nouveau texte&#xa0;; les segments approuvés repassent à «&#xa0;traduit&#xa0;» pour être relus.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>After replacing</source>
        <translation>Après remplacement</translation>
    </message>
    <message>
        <source>Segments to change</source>
        <translation>Segments à modifier</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Tout cocher</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Tout décocher</translation>
    </message>
    <message numerus="yes">
        <source>Replace in %n segment(s)</source>
        <translation>
            <numerusform>Remplacer dans %n segment</numerusform>
            <numerusform>Remplacer dans %n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResourcePage</name>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues&#xa0;:</translation>
    </message>
    <message>
        <source>Choose or type a language pair, such as fr → en.</source>
        <translation>Choisissez ou saisissez une paire de langues, par exemple fr → en.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
</context>
<context>
    <name>ResourcesDialog</name>
    <message>
        <source>Memory and glossary</source>
        <translation>Mémoire et glossaire</translation>
    </message>
    <message>
        <source>Translation &amp;memory</source>
        <translation>&amp;Mémoire de traduction</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Glossaire</translation>
    </message>
</context>
<context>
    <name>ReviewDecisions</name>
    <message>
        <source>#{n}: {reasons}</source>
        <translation>n° {n}&#xa0;: {reasons}</translation>
    </message>
    <message>
        <source>Approve all translated</source>
        <translation>Approuver tous les segments traduits</translation>
    </message>
    <message>
        <source>Open each held segment to fix it, or approve it with a reason (Ctrl+Alt+A).</source>
        <translation>Ouvrez chaque segment retenu pour le corriger, ou approuvez-le en donnant une raison (Ctrl+Alt+A).</translation>
    </message>
    <message>
        <source>The release is signed off.</source>
        <translation>Le communiqué est validé.</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) approved, {held} held back by QA errors.</source>
        <extracomment>Whether the release may be signed off now, and why (the window&apos;s Sign off action follows it).</extracomment>
        <translation>
            <numerusform>%n segment approuvé, {held} retenu(s) par des erreurs AQ.</numerusform>
            <numerusform>%n segments approuvés, {held} retenu(s) par des erreurs AQ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) still to approve before signing off.</source>
        <translation>
            <numerusform>Encore %n segment à approuver avant de valider.</numerusform>
            <numerusform>Encore %n segments à approuver avant de valider.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every segment is approved: sign the release off.</source>
        <translation>Tous les segments sont approuvés&#xa0;: validez le communiqué.</translation>
    </message>
    <message>
        <source>✔ Signed off by {user} ({when})</source>
        <translation>✔ Validé par {user} ({when})</translation>
    </message>
    <message>
        <source>a later change</source>
        <translation>une modification ultérieure</translation>
    </message>
    <message>
        <source>Signed off by {user} ({when}), reopened by {by}</source>
        <translation>Validé par {user} ({when}), rouvert par {by}</translation>
    </message>
    <message>
        <source>Release signed off by {user}.</source>
        <translation>Communiqué validé par {user}.</translation>
    </message>
</context>
<context>
    <name>ReviewLabels</name>
    <message>
        <source>Accuracy</source>
        <extracomment>Colours of the underlines and the severity marks: red for errors, orange for warnings, grey for notes.</extracomment>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>Fluency</source>
        <translation>Fluidité</translation>
    </message>
    <message>
        <source>Terminology</source>
        <translation>Terminologie</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>Locale convention</source>
        <translation>Conventions régionales</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineure</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Majeure</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
</context>
<context>
    <name>ReviewPanels</name>
    <message>
        <source>Filter by QA finding</source>
        <translation>Filtrer par résultat AQ</translation>
    </message>
    <message>
        <source>All QA results</source>
        <translation>Tous les résultats AQ</translation>
    </message>
    <message>
        <source>With QA errors</source>
        <translation>Avec erreurs AQ</translation>
    </message>
    <message>
        <source>With QA warnings</source>
        <translation>Avec avertissements AQ</translation>
    </message>
    <message>
        <source>Segment {n} reverted to version {v}.</source>
        <translation>Segment {n} rétabli à la version {v}.</translation>
    </message>
</context>
<context>
    <name>RoleChip</name>
    <message>
        <source>Reviewer mode</source>
        <translation>Mode réviseur</translation>
    </message>
    <message>
        <source>{user} works as a reviewer: may edit, approve, reject and sign off.</source>
        <translation>{user} travaille en tant que réviseur&#xa0;: peut modifier, approuver, rejeter et valider.</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Traducteur</translation>
    </message>
    <message>
        <source>{user} works as a translator: may edit and confirm; approving is for reviewers.</source>
        <translation>{user} travaille en tant que traducteur&#xa0;: peut modifier et confirmer&#xa0;; l&apos;approbation revient aux réviseurs.</translation>
    </message>
</context>
<context>
    <name>SegmentNavigation</name>
    <message>
        <source>Go to segment</source>
        <extracomment>Checks a whole release (the workspace&apos;s QA service), run on a worker.</extracomment>
        <translation>Aller au segment</translation>
    </message>
    <message>
        <source>Segment number (1–{count}):</source>
        <translation>Numéro du segment (1–{count})&#xa0;:</translation>
    </message>
    <message>
        <source>There is no segment {n}.</source>
        <translation>Il n&apos;y a pas de segment {n}.</translation>
    </message>
    <message>
        <source>Segment {n} is not to be translated: the hidden lines are shown.</source>
        <translation>Le segment {n} n&apos;est pas à traduire&#xa0;: les lignes masquées sont affichées.</translation>
    </message>
    <message>
        <source>Every segment in view is confirmed.</source>
        <translation>Tous les segments affichés sont confirmés.</translation>
    </message>
    <message>
        <source>No rejected segment in view.</source>
        <translation>Aucun segment rejeté parmi les segments affichés.</translation>
    </message>
    <message>
        <source>Checking the release…</source>
        <translation>Contrôle du communiqué…</translation>
    </message>
    <message>
        <source>No QA problem in the segments in view.</source>
        <translation>Aucun problème d&apos;AQ dans les segments affichés.</translation>
    </message>
    <message>
        <source>The release could not be checked.</source>
        <translation>Le communiqué n&apos;a pas pu être contrôlé.</translation>
    </message>
</context>
<context>
    <name>SegmentTable</name>
    <message>
        <source>Segments</source>
        <extracomment>Rows are fitted a little beyond the viewport so that scrolling by a few lines does not jump. Fitting rows makes them taller, which can push others out of view: a few passes settle it. Rows of context kept below the active row when the grid shows it... ... as long as they take at most this share of the view.</extracomment>
        <translation>Segments</translation>
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
        <translation>Source</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
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
        <translation>Humaine</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Corresp.</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>Chars</source>
        <translation>Car.</translation>
    </message>
    <message>
        <source>Status of the segment (hover an icon for its name)</source>
        <translation>Statut du segment (survolez une icône pour voir son nom)</translation>
    </message>
    <message>
        <source>Where the target came from: a context match (101%), a 100% or fuzzy memory match, machine translation, a repetition of a sentence confirmed in this release, or a translator</source>
        <translation>D&apos;où vient la cible&#xa0;: une correspondance de contexte (101&#xa0;%), une correspondance de la mémoire à 100&#xa0;% ou floue, la traduction automatique, la répétition d&apos;une phrase confirmée dans ce communiqué, ou un traducteur</translation>
    </message>
    <message>
        <source>Words in the source</source>
        <translation>Mots de la source</translation>
    </message>
    <message>
        <source>Characters in the source, spaces included</source>
        <translation>Caractères de la source, espaces compris</translation>
    </message>
    <message>
        <source>{score}%</source>
        <translation>{score}&#xa0;%</translation>
    </message>
    <message>
        <source>Rep.</source>
        <translation>Rép.</translation>
    </message>
    <message>
        <source>{login} has this segment open</source>
        <translation>{login} a ouvert ce segment</translation>
    </message>
    <message>
        <source>{logins} have this segment open</source>
        <translation>{logins} ont ouvert ce segment</translation>
    </message>
    <message>
        <source>Last changed by {user} on {when}</source>
        <translation>Dernière modification par {user} le {when}</translation>
    </message>
    <message>
        <source>Source: {words} words, {chars} characters</source>
        <translation>Source&#xa0;: {words} mots, {chars} caractères</translation>
    </message>
    <message>
        <source>Target: {chars} characters</source>
        <translation>Cible&#xa0;: {chars} caractères</translation>
    </message>
    <message>
        <source>From the translation memory</source>
        <translation>Issu de la mémoire de traduction</translation>
    </message>
    <message>
        <source>From the translation memory, context match (101%): the same sentence between the same neighbours</source>
        <translation>De la mémoire de traduction, correspondance de contexte (101&#xa0;%)&#xa0;: la même phrase entre les mêmes voisines</translation>
    </message>
    <message>
        <source>From the translation memory, {score}% match</source>
        <translation>Issu de la mémoire de traduction, correspondance à {score}&#xa0;%</translation>
    </message>
    <message>
        <source>unknown provider</source>
        <translation>fournisseur inconnu</translation>
    </message>
    <message>
        <source>Machine translation ({provider})</source>
        <translation>Traduction automatique ({provider})</translation>
    </message>
    <message>
        <source>Written by a translator</source>
        <translation>Rédigé par un traducteur</translation>
    </message>
    <message>
        <source>Copied from the same sentence elsewhere in this release</source>
        <translation>Copié depuis la même phrase ailleurs dans ce communiqué</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>SidePanels</name>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Concordance</source>
        <translation>Concordance</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>AQ</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
</context>
<context>
    <name>SpellingController</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(aucune suggestion)</translation>
    </message>
    <message>
        <source>Add “{word}” to dictionary</source>
        <translation>Ajouter «&#xa0;{word}&#xa0;» au dictionnaire</translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <source>New</source>
        <extracomment>The order statuses are drawn in, from done to still to do; rejected last so it stands out at the end. Segments that are left as they are (menu lines, boilerplate) get a neutral look whatever their status. Lighter shades of the same colours, readable on a dark background (see :func:`use_dark_colors`). The colour of secondary text (word counts) in the status bar, on each theme&apos;s window colour (4.5:1). The empty part of a progress bar.</extracomment>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Traduit</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>No translation yet.</source>
        <translation>Pas encore de traduction.</translation>
    </message>
    <message>
        <source>A translation not yet confirmed (for example from machine translation).</source>
        <translation>Une traduction pas encore confirmée (par exemple issue de la traduction automatique).</translation>
    </message>
    <message>
        <source>Confirmed by the translator, waiting for review.</source>
        <translation>Confirmé par le traducteur, en attente de révision.</translation>
    </message>
    <message>
        <source>Approved by a reviewer.</source>
        <translation>Approuvé par un réviseur.</translation>
    </message>
    <message>
        <source>Sent back by a reviewer: see the comment, then translate again.</source>
        <translation>Renvoyé par un réviseur&#xa0;: lisez le commentaire, puis traduisez à nouveau.</translation>
    </message>
    <message>
        <source>Not translatable</source>
        <translation>Non traduisible</translation>
    </message>
    <message>
        <source>Kept as it is: navigation, menu or boilerplate text that is not part of the release.</source>
        <translation>Conservé tel quel&#xa0;: navigation, menu ou texte standard qui ne fait pas partie du communiqué.</translation>
    </message>
    <message>
        <source>{words} w</source>
        <translation>{words} m</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Suggestions for the active segment</source>
        <translation>Suggestions pour le segment actif</translation>
    </message>
    <message>
        <source>No suggestions for this segment.</source>
        <translation>Aucune suggestion pour ce segment.</translation>
    </message>
    <message>
        <source>Looking for suggestions…</source>
        <translation>Recherche de suggestions…</translation>
    </message>
    <message>
        <source>No segment selected.</source>
        <translation>Aucun segment sélectionné.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) off for {variant}</source>
        <translation>
            <numerusform>%n point en moins pour {variant}</numerusform>
            <numerusform>%n points en moins pour {variant}</numerusform>
        </translation>
    </message>
    <message>
        <source>Translation memory</source>
        <translation>Mémoire de traduction</translation>
    </message>
    <message>
        <source>Machine translation</source>
        <translation>Traduction automatique</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
</context>
<context>
    <name>SuggestionsTab</name>
    <message>
        <source>Source with glossary terms</source>
        <translation>Source avec les termes du glossaire</translation>
    </message>
    <message>
        <source>Machine translation status</source>
        <translation>État de la traduction automatique</translation>
    </message>
    <message>
        <source>Glossary: {source} → {target}</source>
        <translation>Glossaire&#xa0;: {source} → {target}</translation>
    </message>
    <message>
        <source>Do not use: {variants}</source>
        <translation>À ne pas utiliser&#xa0;: {variants}</translation>
    </message>
</context>
<context>
    <name>TargetEditor</name>
    <message>
        <source>Target text</source>
        <translation>Texte cible</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>Annuler la tâche en cours</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>TermCapture</name>
    <message>
        <source>Open a release first: the term goes to its language pair.</source>
        <translation>Ouvrez d’abord un communiqué&#xa0;: le terme va dans sa paire de langues.</translation>
    </message>
    <message>
        <source>The term was not added</source>
        <translation>Le terme n’a pas été ajouté</translation>
    </message>
    <message>
        <source>Added to the glossary: {source} → {target}.</source>
        <translation>Ajouté au glossaire&#xa0;: {source} → {target}.</translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <source>Add to the glossary</source>
        <translation>Ajouter au glossaire</translation>
    </message>
    <message>
        <source>Edit a glossary entry</source>
        <translation>Modifier une entrée du glossaire</translation>
    </message>
    <message>
        <source>Source term</source>
        <translation>Terme source</translation>
    </message>
    <message>
        <source>Target term</source>
        <translation>Terme cible</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Do not use</source>
        <translation>À ne pas utiliser</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Langues&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Source term:</source>
        <translation>Terme &amp;source&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Target term:</source>
        <translation>Terme &amp;cible&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Remarque&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Do not use:</source>
        <translation>À &amp;ne pas utiliser&#xa0;:</translation>
    </message>
    <message>
        <source>Definition, context or client</source>
        <translation>Définition, contexte ou client</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Séparées par des virgules</translation>
    </message>
    <message>
        <source>Target variants not to use: QA flags them in a translation.</source>
        <translation>Variantes cibles à ne pas utiliser&#xa0;: le contrôle qualité les signale dans une traduction.</translation>
    </message>
    <message>
        <source>Exact case (acronyms such as OIM)</source>
        <translation>Casse exacte (sigles comme OIM)</translation>
    </message>
</context>
<context>
    <name>TermTableModel</name>
    <message>
        <source>Source term</source>
        <translation>Terme source</translation>
    </message>
    <message>
        <source>Target term</source>
        <translation>Terme cible</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Do not use</source>
        <translation>À ne pas utiliser</translation>
    </message>
    <message>
        <source>Exact case</source>
        <translation>Casse exacte</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>System</source>
        <extracomment>Disabled text stays legible (4.5:1) yet plainly fainter than enabled text; disabled icons are drawn in it.</extracomment>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
</context>
<context>
    <name>TransferBar</name>
    <message>
        <source>Import or export progress</source>
        <translation>Progression de l’importation ou de l’exportation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the import or export</source>
        <translation>Annuler l’importation ou l’exportation</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>TranslationAids</name>
    <message>
        <source>Preferences</source>
        <extracomment>Inserts the best match on entering an empty segment (Preferences › Insert matches from).</extracomment>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>DeepL key not set: add it in {link} for MT suggestions.</source>
        <translation>Clé DeepL non définie&#xa0;: ajoutez-la dans {link} pour obtenir des suggestions de TA.</translation>
    </message>
    <message>
        <source>DeepL refused the key: check it in {link}.</source>
        <translation>DeepL a refusé la clé&#xa0;: vérifiez-la dans {link}.</translation>
    </message>
    <message>
        <source>DeepL quota used up: no MT suggestion this period.</source>
        <translation>Quota DeepL épuisé&#xa0;: aucune suggestion de TA pour cette période.</translation>
    </message>
    <message>
        <source>DeepL did not answer in {seconds} s: no MT suggestion for this segment.</source>
        <translation>DeepL n’a pas répondu en {seconds}&#xa0;s&#xa0;: pas de suggestion de TA pour ce segment.</translation>
    </message>
    <message>
        <source>DeepL lost this language pair&apos;s glossary, even after it was sent again: no MT suggestion for now (glossary sync rebuilds it).</source>
        <translation>DeepL a perdu le glossaire de cette paire de langues, même après un nouvel envoi&#xa0;: pas de suggestion de TA pour l’instant (glossary sync le reconstruit).</translation>
    </message>
    <message>
        <source>DeepL is receiving too many requests: try again in a moment.</source>
        <translation>DeepL reçoit trop de requêtes&#xa0;: réessayez dans un instant.</translation>
    </message>
    <message>
        <source>DeepL had a server error: try again later.</source>
        <translation>DeepL a eu une erreur de serveur&#xa0;: réessayez plus tard.</translation>
    </message>
    <message>
        <source>DeepL cannot be reached: check the network connection or the proxy.</source>
        <translation>DeepL est injoignable&#xa0;: vérifiez la connexion réseau ou le proxy.</translation>
    </message>
    <message>
        <source>DeepL does not translate this language pair.</source>
        <translation>DeepL ne traduit pas cette paire de langues.</translation>
    </message>
    <message>
        <source>MT unavailable</source>
        <translation>TA indisponible</translation>
    </message>
    <message>
        <source>Fetching the DeepL suggestion…</source>
        <translation>Récupération de la suggestion DeepL…</translation>
    </message>
    <message>
        <source>Open a release to search its language pair&apos;s memory.</source>
        <translation>Ouvrez un communiqué pour rechercher dans la mémoire de sa combinaison de langues.</translation>
    </message>
    <message>
        <source>The memory could not be searched: {error}</source>
        <translation>Impossible de rechercher dans la mémoire&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>TypingRecovery</name>
    <message>
        <source>Unsaved text from the last session</source>
        <translation>Texte non enregistré de la dernière session</translation>
    </message>
    <message>
        <source>Restore it</source>
        <translation>Le rétablir</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>L&apos;abandonner</translation>
    </message>
    <message>
        <source>&lt;b&gt;Text you were typing in segment {n} of “{title}” was not saved when the app stopped.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Le texte que vous saisissiez dans le segment {n} de «&#xa0;{title}&#xa0;» n&apos;a pas été enregistré quand l&apos;application s&apos;est arrêtée.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your text: “{text}”</source>
        <translation>Votre texte&#xa0;: «&#xa0;{text}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>UnitTableModel</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modifiée par</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <source>&amp;View</source>
        <extracomment>Text sizes offered in View › Text size (0 is the system&apos;s).</extracomment>
        <translation>Afficha&amp;ge</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>&amp;Taille du texte</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Taille du système</translation>
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
        <translation>&amp;Ouvrir et importer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Update from a revised source…</source>
        <translation>&amp;Mettre à jour depuis une source révisée…</translation>
    </message>
    <message>
        <source>&amp;Merge a returned file…</source>
        <translation>&amp;Fusionner un fichier renvoyé…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>Find and rep&amp;lace…</source>
        <translation>Rechercher et remp&amp;lacer…</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Copy source to target</source>
        <translation>&amp;Copier la source dans la cible</translation>
    </message>
    <message>
        <source>Insert next &amp;tag</source>
        <translation>Insérer la &amp;balise suivante</translation>
    </message>
    <message>
        <source>Search the &amp;memory…</source>
        <translation>Rechercher dans la &amp;mémoire…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>&amp;Segment</source>
        <translation>&amp;Segment</translation>
    </message>
    <message>
        <source>&amp;Go to segment…</source>
        <translation>&amp;Aller au segment…</translation>
    </message>
    <message>
        <source>Next &amp;unconfirmed segment</source>
        <translation>Segment non confirmé s&amp;uivant</translation>
    </message>
    <message>
        <source>Previous unconfirme&amp;d segment</source>
        <translation>Segment non confirmé précé&amp;dent</translation>
    </message>
    <message>
        <source>Next segment with a &amp;QA problem</source>
        <translation>Segment suivant avec un problème d&apos;A&amp;Q</translation>
    </message>
    <message>
        <source>Next re&amp;jected segment</source>
        <translation>Segment &amp;rejeté suivant</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Révision</translation>
    </message>
    <message>
        <source>Approve all translated &amp;without QA errors</source>
        <translation>Approuver tous les segments traduits &amp;sans erreur AQ</translation>
    </message>
    <message>
        <source>&amp;Sign off release…</source>
        <translation>&amp;Valider le communiqué…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Afficha&amp;ge</translation>
    </message>
    <message>
        <source>&amp;Hide lines not to translate</source>
        <translation>&amp;Masquer les lignes à ne pas traduire</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Confirm and go to next</source>
        <translation>&amp;Confirmer et passer au suivant</translation>
    </message>
    <message>
        <source>&amp;Previous segment</source>
        <translation>Segment &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Next segment</source>
        <translation>Segment &amp;suivant</translation>
    </message>
    <message>
        <source>Translate or &amp;skip this segment</source>
        <translation>&amp;Traduire ou ignorer ce segment</translation>
    </message>
    <message>
        <source>Insert suggestion {n}</source>
        <translation>Insérer la suggestion {n}</translation>
    </message>
    <message>
        <source>&amp;Approve and go to next</source>
        <translation>&amp;Approuver et passer au suivant</translation>
    </message>
    <message>
        <source>&amp;Reject with a comment…</source>
        <translation>&amp;Rejeter avec un commentaire…</translation>
    </message>
    <message>
        <source>&amp;Pre-translate…</source>
        <translation>&amp;Prétraduire…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Release Translator</source>
        <translation>À &amp;propos de Release Translator</translation>
    </message>
    <message>
        <source>Add to the &amp;glossary…</source>
        <translation>Ajouter au &amp;glossaire…</translation>
    </message>
    <message>
        <source>&amp;Memory and glossary…</source>
        <translation>&amp;Mémoire et glossaire…</translation>
    </message>
</context>
<context>
    <name>WindowHost</name>
    <message>
        <source>The database is set by {what} for this session.</source>
        <translation>La base de données est fixée par {what} pour cette session.</translation>
    </message>
</context>
<context>
    <name>WorkspaceStatusBar</name>
    <message>
        <source>Reviewer</source>
        <translation>Réviseur</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Traducteur</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Base de données&#xa0;: {location}</translation>
    </message>
    <message>
        <source>{translated}% translated · {approved}% approved</source>
        <translation>{translated}&#xa0;% traduit · {approved}&#xa0;% approuvé</translation>
    </message>
    <message>
        <source>{status}: {segments}, {words}</source>
        <translation>{status}&#xa0;: {segments}, {words}</translation>
    </message>
    <message>
        <source>Total: {segments}, {words}</source>
        <translation>Total&#xa0;: {segments}, {words}</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
</context>
</TS>
