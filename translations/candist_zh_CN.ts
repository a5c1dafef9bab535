<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ReviewRanker</name>
    <message>
        <source>the teacher gave no usable label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the teacher is unsure between %1 labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the teacher gave no usable label; the student says %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the student says %1 (%2), outside the teacher&apos;s candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the teacher prefers %1, the student %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs %2: margin %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the student overrules the teacher with %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the student is unsure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Teacher</name>
    <message>
        <source>no application object to talk to the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no D-Bus session, so no system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain did not answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entry in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system keychain: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment variable </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$%1 is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; sending requests without an API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and there is </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and the keychain gave no key for %2 (%3); sending requests without an API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the API key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 requests of sample &quot;%2&quot; (%3 bytes) exceed the limits of one batch (%4 requests, %5 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write a temporary file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a &quot;custom_id&quot; string (is this a Batch API output file?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: custom_id &quot;%2&quot; was not written by teach --batch-file (expected &lt;sample id&gt;#&lt;slot&gt;#&lt;16 hex digits&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a &quot;response&quot; object, or &quot;response&quot;: null with an &quot;error&quot; object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected &quot;response&quot;.&quot;status_code&quot; to be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected &quot;response&quot;.&quot;body&quot; to be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the response body is not a chat completion: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project has no teacher settings; the results must come from a request file written by teach --batch-file for this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: import cancelled; the project is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: custom_id &quot;%2&quot; was already answered on line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: custom_id &quot;%2&quot; names sample &quot;%3&quot;, which is not in %4 (a results file of another project?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sample &quot;%2&quot; has no request with slot %3 under the project&apos;s teacher settings (%4 answers per sample, n %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: custom_id &quot;%2&quot; was written for another prompt than the project builds now for sample &quot;%3&quot; (teacher settings, templates, few-shot pool or the sample&apos;s text changed); write a new request file with teach --batch-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no &quot;choices&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a choice is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a choice has no &quot;message&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a choice&apos;s message has no text &quot;content&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no &quot;data&quot; list of embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry of &quot;data&quot; has no &quot;embedding&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an embedding holds a non-number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot initialise libcurl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a libcurl transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libcurl: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: &quot;text&quot; is missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: label &quot;%3&quot; is not one of the project&apos;s labels (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3: expected a JSON object (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: project setting %2 is not a JSON object (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the user template must contain {{text}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the system or user template must contain {{labels}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run (%1): %2 samples, about %3 requests, %4 answers already cached
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated tokens: %1 prompt + %2 completion, estimated cost %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teacher (%1): %2 of %3 samples %4%5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processed before cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ok: %1, parse-failed: %2, transport-failed: %3, not reached: %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  requests: %1 (%2 retries), answers from cache: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  longest wait before a retry: %1 s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  tokens paid: %1 prompt + %2 completion, cost %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  run teach again to resume the rest (cached answers are free)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project has no labels to annotate with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 few-shot demonstrations were asked for, but the project has no few-shot pool (teach --pool FILE.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the few-shot pool names a label that is no longer in the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable answer: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (%3)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; check the endpoint URL and the model name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; check the API key in $%1 or the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the few-shot pool could not be embedded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (after %2 attempts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave no usable embeddings for the few-shot pool (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave %2 embeddings for %3 texts %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable cached answer: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key from the </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teacher stopped: %1. %2 results were saved; run teach again to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the select strategy asks about each sample&apos;s earlier candidates and needs a live run; a request file can hold sa, ca_add or ca_all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demonstrations picked by /embeddings (embedding model %1) need the endpoint; a request file needs TF-IDF demonstrations (--embedding-model &apos;&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>examples per label must lie between 1 and 1000, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot; is not an http(s) URL such as https://api.openai.com/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must lie between %2 and %3, got %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api_key_env must name an environment variable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candist::ChatCompletionServer</name>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:1: expected {&quot;text&quot;: &quot;...&quot;, &quot;answer&quot;: &quot;...&quot;} (or &quot;answers&quot;: [...])</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candist::DetailPanel</name>
    <message>
        <source>labelled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why review this sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsure: keep the machine label (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the human decision (Backspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw teacher answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student probability per label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teacher candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sample selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided by a human</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the teacher&apos;s first candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final label %1 &lt;span style=&quot;color:gray&quot;&gt;%2%3&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, confidence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No label yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;no candidates&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status %1 · strategy %2 · %3 prompt + %4 completion tokens · %5 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;The teacher has not annotated this sample yet.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overrules the teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the candidate set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clean small-loss sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicts %1 with confidence %2 (run %3, %4)%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No student prediction yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No human decision yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project row %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candist::DistillationActions</name>
    <message>
        <source>&amp;Distil Student…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the student on the teacher&apos;s candidate sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distillation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>run %1 %2 after %n epoch(s), teacher agreement %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candist::DistillationDialog</name>
    <message>
        <source>Distil Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CanDist: Distribution Refinery over candidate sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single: the teacher&apos;s first candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vanilla: uniform over the candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold: supervised upper reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution Refinery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Renormalise targets (Ren.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter &amp;out-of-candidate samples (Out.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;harpen clean samples (Sha.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Class-wise small-loss selection (Cla.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust high-confidence &amp;overrules (Hig.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auxiliary consistency and mixup losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small-loss fraction &amp;δ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence threshold &amp;τ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Distil</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candist::DistillationView</name>
    <message>
        <source>Plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distillation runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics to plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-epoch curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histogram of candidate-set sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histogram of student confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate-set size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels in the teacher&apos;s set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candist::ErrorLine</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candist::ExportDialog</name>
    <message>
        <source>Export Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output CSV:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only samples with a final &amp;label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spreadsheet-safe cells (no formulas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells starting with = + - @ get a leading apostrophe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student &amp;probability per label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candist::FilterBar</name>
    <message>
        <source>Search text or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelled by a human</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher parse failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher transport failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final label filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size ≥ </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest candidate-set size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum candidate-set size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤ </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest candidate-set size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum candidate-set size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ambiguous (several candidates or out of set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Out of the candidate set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verruled by the student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parse failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort order of the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort: import order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort: ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort: confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort: margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort: entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort: candidate-set size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort: student label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort: final label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort: review priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>core/review&apos;s queue: samples without a human label, most valuable answer first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descending order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any final label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overruled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parse failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candist::ImportWizard</name>
    <message>
        <source>Import Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (comma, semicolon or tab separated, with a header row) or JSONL (one JSON object per line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 rows of the file. Only the text column is required; the other columns become each sample&apos;s metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: labels.json (names, descriptions, aliases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gold label column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label schema file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.jsonl *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label Schema File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 columns: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview stops early: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candist::IoActions</name>
    <message>
        <source>&amp;Import Samples…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &amp;Statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project for the Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CanDist projects (*.candist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; open it and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 with gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n row(s) skipped (first: line %1, %2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Project Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project statistics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candist::JobProgressWidget</name>
    <message>
        <source>Job progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candist::LabelSchemaCommand</name>
    <message>
        <source>Edit label schema</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candist::LabelSchemaEditor</name>
    <message>
        <source>Label Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels the teacher chooses from and the student learns. Descriptions and aliases go into the teacher&apos;s prompt; hotkeys record your decisions in the detail panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotkey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in &amp;hotkeys and colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#rrggbb; double-click to pick, empty for the palette colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations refer to this label; rename it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label %1: colour &quot;%2&quot; is not a #rrggbb colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label %1: hotkey &quot;%2&quot; must be one key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candist::MainWindow</name>
    <message>
        <source>CanDist projects (*.candist);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distillation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CanDist Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label Schema…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Distillation Curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Running Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CanDist Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample &amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — CanDist Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open. Open one with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty project: add samples with File › Import Samples (Ctrl+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 samples · loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 samples shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every decision is written to the project file the moment it is made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to the project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; open it instead, or choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CanDist Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;CanDist Workbench %1&lt;/h3&gt;&lt;p&gt;LLM-driven data annotation: prompt a teacher for candidate label sets, then distil them into a student (Xia et al., ACL 2025).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candist::ProjectDocument</name>
    <message>
        <source>Label sample as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candist::SampleDetail</name>
    <message>
        <source>Sample %1 no longer exists in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candist::SampleQuery</name>
    <message>
        <source>%1: cannot order the samples: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candist::SampleTableModel</name>
    <message>
        <source>human</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unreadable answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence %1, margin %2, entropy %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overruled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parse failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labels the teacher offered, most likely first (sorts by set size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student&apos;s probability for its own label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label the sample leaves with: human beats student beats teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of set: the student chose a label outside the candidates; overruled: ...with high confidence; parse failure: unreadable teacher answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candist::ScreenshotRunner</name>
    <message>
        <source>the project did not finish loading within two minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candist::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL of an OpenAI-compatible chat completions API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA_add: answer, plus alternatives when unsure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA_all: every possible label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SA: exactly one label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Input price per 1M tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output price per 1M tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Variable name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain &amp;service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Concurrent requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;strategy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training &amp;threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default s&amp;eed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tudent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable is set in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable is not set in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is read from the keychain entry &quot;%1&quot; when a run starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candist::TeacherActions</name>
    <message>
        <source>Run &amp;Teacher…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the teacher LLM for candidate labels of every pending sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candist::TeacherDialog</name>
    <message>
        <source>Run Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA_all: every possible label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA_add: answer, plus alternatives when unsure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SA: exactly one label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select: one label out of the earlier candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-consistency: answers per sample; votes become the teacher&apos;s confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all pending samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable that holds the API key; when it is unset the system keychain is asked. The key is never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Concurrent requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Few-shot &amp;demonstrations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers per sample (&amp;K):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Input price per 1M tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output price per 1M tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key variable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry-run estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate shows the requests, tokens and cost before anything is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;stimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimating…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candist::TranslationLoader</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candist::labelName</name>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CanDist Workbench: LLM-driven data annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window after loading PROJECT into OUT.png and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: table, detail, curves or review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .candist project to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candist: expected at most one PROJECT, got %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candist: --view expects table, detail, curves or review, got &quot;%1&quot;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candist: --screenshot needs a PROJECT
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candist: --view only applies with --screenshot
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
