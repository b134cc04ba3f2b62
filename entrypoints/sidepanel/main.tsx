import { render } from 'preact';
import '../../components/page.css';
import { SidebarApp } from './SidebarApp';

render(<SidebarApp />, document.getElementById('app')!);
