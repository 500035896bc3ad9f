import { setPageLanguage } from '../../components/i18n/page-language.ts';
import '../../components/theme.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { SupportPage } from '../../components/support/SupportPage.tsx';
import { DEFAULT_SETTINGS } from '../../core/settings.ts';
import { loadSettings } from '../../shell/settings-store.ts';

/** "When it is more than stress": the person's crisis line from settings, the default until loaded. */
function Support() {
  const [crisisLine, setCrisisLine] = useState(DEFAULT_SETTINGS.crisisLine);
  useEffect(() => {
    loadSettings().then((settings) => setCrisisLine(settings.crisisLine));
  }, []);
  return <SupportPage crisisLine={crisisLine} />;
}

setPageLanguage('title_support');
render(<Support />, document.getElementById('app') as HTMLElement);
