import { render } from 'preact';
import '../../components/page.css';
import { PopupApp } from './PopupApp';

render(<PopupApp />, document.getElementById('app')!);
